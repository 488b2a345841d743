package vn.gov.portal.articles.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the directive symbols a published body mentions ("Quyết định số 06/QĐ-TTg") to their
 * documents' pages. Runs after the sanitizer on its output; the links it adds are built here
 * from paths the directives module gave. Text already inside a link is left alone. Which symbols
 * are known is decided at publish time ({@code pagesIn}: symbol as written → page), so a symbol
 * registered later is linked on the article's next publish.
 */
public final class SymbolLinker {

    private final Function<String, Map<String, String>> pagesIn;

    /** @param pagesIn the text of a body → each symbol in it, as written, that has a page → the page's path */
    public SymbolLinker(Function<String, Map<String, String>> pagesIn) {
        this.pagesIn = pagesIn;
    }

    public RenderedBody link(RenderedBody body) {
        Document doc = Jsoup.parseBodyFragment(body.html());
        doc.outputSettings().prettyPrint(false);
        Map<String, String> pages = pagesIn.apply(doc.body().text());
        if (pages.isEmpty()) {
            return body;
        }
        Pattern symbols = Pattern.compile(String.join(
                "|",
                pages.keySet().stream()
                        .sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote)
                        .toList()));
        List<TextNode> texts = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && !insideLink(t)) {
                texts.add(t);
            }
        });
        for (TextNode text : texts) {
            linkIn(text, symbols, pages);
        }
        return new RenderedBody(doc.body().html(), body.trailingFigures());
    }

    private static void linkIn(TextNode text, Pattern symbols, Map<String, String> pages) {
        String whole = text.getWholeText();
        Matcher m = symbols.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (!standsAlone(whole, m.start(), m.end())) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new TextNode(whole.substring(at, m.start())));
            }
            parts.add(new Element("a")
                    .attr("href", pages.get(m.group()))
                    .attr("class", "directive-ref")
                    .text(m.group()));
            at = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (at < whole.length()) {
            parts.add(new TextNode(whole.substring(at)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }

    /** Not part of a longer symbol or word ("106/QĐ-TTg" does not contain a "06/QĐ-TTg" mention). */
    private static boolean standsAlone(String text, int start, int end) {
        boolean before =
                start == 0 || !(Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '/');
        boolean after =
                end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-');
        return before && after;
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
