package vn.gov.portal.articles.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Allow-list HTML sanitizer for article bodies (see docs/sanitizer.md). Text structure, links,
 * images and tables only: no scripts, styles, frames, forms, event handlers, style/class/id
 * attributes, or script-capable URLs. Thread-safe.
 *
 * <p>Image sources may use the {@code upload:} scheme, which {@link FigurePlacer} later replaces by
 * the image's public URL (or removes); links may not.
 */
public final class HtmlSanitizer {

    /** Lets jsoup resolve relative URLs to check their scheme; relative values are kept as written. */
    private static final String BASE_URI = "https://portal.invalid/";

    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,4}");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMG_SCHEMES = Set.of("http", "https", "upload");

    private static final Safelist SAFELIST = new Safelist()
            .addTags(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "br",
                    "hr",
                    "a",
                    "img",
                    "figure",
                    "figcaption",
                    "table",
                    "caption",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "div",
                    "span")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", LINK_SCHEMES.toArray(String[]::new))
            .addProtocols("img", "src", IMG_SCHEMES.toArray(String[]::new))
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .charset(StandardCharsets.UTF_8)
            .escapeMode(Entities.EscapeMode.base);

    private final Set<String> ownHosts;

    /** Every absolute http(s) link counts as external. */
    public HtmlSanitizer() {
        this(Set.of());
    }

    /** Links to these hosts (e.g. the portal's own) are not marked external. */
    public HtmlSanitizer(Set<String> ownHosts) {
        this.ownHosts = ownHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public String sanitize(String html) {
        // What Jsoup.clean(html, baseUri, safelist, settings) does, with room to rename h1 first:
        // the page's own title is the only h1.
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, BASE_URI);
        dirty.body().select("h1").tagName("h2");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(OUTPUT.clone());
        tidy(clean.body());
        return clean.body().html();
    }

    private void tidy(Element body) {
        for (Element img : body.select("img")) {
            if (!hasPlainScheme(img.attr("src"), IMG_SCHEMES)) {
                img.remove(); // its source was refused
                continue;
            }
            for (String dimension : new String[] {"width", "height"}) {
                if (img.hasAttr(dimension)
                        && !DIMENSION.matcher(img.attr(dimension)).matches()) {
                    img.removeAttr(dimension);
                }
            }
        }
        for (Element a : body.select("a")) {
            if (!hasPlainScheme(a.attr("href"), LINK_SCHEMES)) {
                a.unwrap(); // its target was refused: keep the text
            } else if (isExternal(a.attr("href"))) {
                a.attr("rel", "nofollow noopener noreferrer");
            }
        }
    }

    /**
     * Second line of defence behind the safelist's protocol check, which passes values it cannot
     * parse as URLs (a NUL inside "javascript:", a leading backquote) as relative. Browsers read them
     * as relative too, but here anything shaped like a scheme must be an allowed one.
     */
    private static boolean hasPlainScheme(String url, Set<String> schemes) {
        if (url.isBlank() || url.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '\uFFFD')) {
            return false;
        }
        int colon = url.indexOf(':');
        int pathStart = url.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < pathStart) {
                pathStart = i;
            }
        }
        return colon < 0
                || colon > pathStart
                || schemes.contains(url.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    private boolean isExternal(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//"))) {
            return false; // relative or mailto
        }
        try {
            String host = URI.create(BASE_URI).resolve(href.strip()).getHost();
            return host == null || !ownHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
