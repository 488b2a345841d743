package vn.gov.portal.articles.render;

import static vn.gov.portal.common.Templates.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.Sections;
import vn.gov.portal.common.Templates;

/**
 * Renders the site's pages and XML files from the Mustache templates under {@code templates/} on
 * the classpath, compiled once. Every value is escaped by the templates; only an article's body,
 * already sanitized, is printed raw. Dates are shown in Vietnam time. Thread-safe.
 */
public final class PageRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<ArticleLink> NEWEST_FIRST = Comparator.comparing(
                    ArticleLink::publishedAt, Comparator.comparing(OffsetDateTime::toInstant))
            .reversed();

    /**
     * Share pages that take the article's address in the query: plain links, no third-party script
     * (the CSP holds). Zalo documents sharing only through its SDK; this is the address its share
     * button opens (docs/sections.md, "Share links").
     */
    static final String ZALO_SHARE = "https://sp.zalo.me/share_inline?url=";

    static final String FACEBOOK_SHARE = "https://www.facebook.com/sharer/sharer.php?u=";

    private final String ministryName;
    private final Supplier<String> siteUrlSource;
    private volatile String siteUrl;
    private final Template section;
    private final Template article;
    private final Template dayArchive;
    private final Template home;
    private final Template rss;
    private final Template sitemap;
    private final Template sitemapIndex;
    private final Template dateSearch;
    private final Template notFound;
    private final Template search;

    /** A renderer for the local origin (tests). */
    public PageRenderer(String ministryName) {
        this(ministryName, "http://127.0.0.1:3000");
    }

    /**
     * @param ministryName shown in the header, titles and footer, e.g. "Bộ Lao động - Thương binh và Xã hội"
     * @param siteUrl the public origin, for canonical URLs, link previews and share links
     */
    public PageRenderer(String ministryName, String siteUrl) {
        this(ministryName, () -> siteUrl);
        siteUrl();
    }

    /**
     * @param siteUrl the public origin, read when a page first needs it (on AWS it comes from the
     *     edge parameter, which a function reads on first use, not at init)
     */
    public PageRenderer(String ministryName, Supplier<String> siteUrl) {
        this.ministryName = Objects.requireNonNull(ministryName, "ministryName");
        this.siteUrlSource = Objects.requireNonNull(siteUrl, "siteUrl");
        // No defaultValue: a misspelt or missing name in a template fails loudly instead of printing nothing.
        Mustache.Compiler html =
                Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).withLoader(Templates::load);
        Mustache.Compiler xml = html.withEscaper(PageRenderer::escapeXml);
        this.article = html.loadTemplate("article");
        this.dayArchive = html.loadTemplate("day-archive");
        this.home = html.loadTemplate("home");
        this.rss = xml.loadTemplate("rss");
        this.sitemap = xml.loadTemplate("sitemap");
        this.sitemapIndex = xml.loadTemplate("sitemap-index");
        this.dateSearch = html.loadTemplate("date-search");
        this.notFound = html.loadTemplate("not-found");
        this.search = html.loadTemplate("search");
        this.section = html.loadTemplate("section");
    }

    public String articlePage(ArticleView a) {
        Map<String, Object> m = layout(a.title(), text(a.summary()), "page-article");
        m.put("ratingArticleId", text(a.id()));
        m.put("id", text(a.id()));
        m.put("category", text(a.category()));
        m.put("title", text(a.title()));
        m.put("summary", text(a.summary()));
        m.put("author", text(a.author()));
        m.put("publishedIso", iso(a.publishedAt()));
        m.put("publishedDay", DAY.format(vietnam(a.publishedAt())));
        m.put("publishedTime", TIME.format(vietnam(a.publishedAt())));
        m.put("dayArchiveUrl", dayLink(a.category(), Dates.vietnamDay(a.publishedAt())));
        m.put("sectionName", Sections.site().name(a.category()));
        m.put("sectionUrl", "/" + a.category() + "/");
        String canonical = siteUrl() + a.url();
        m.put("canonical", canonical);
        m.put("ogImage", a.lead() == null ? "" : absolute(siteUrl(), a.lead().url()));
        m.put("ogImageAlt", a.lead() == null ? "" : a.lead().alt());
        m.put(
                "ogImageWidth",
                a.lead() == null || a.lead().width() <= 0
                        ? ""
                        : Integer.toString(a.lead().width()));
        m.put(
                "ogImageHeight",
                a.lead() == null || a.lead().height() <= 0
                        ? ""
                        : Integer.toString(a.lead().height()));
        m.put(
                "modifiedIso",
                a.updatedAt() == null ? iso(a.publishedAt()) : iso(a.updatedAt().atOffset(ZoneOffset.UTC)));
        m.put("jsonLd", jsonLd(a, canonical));
        String encoded = URLEncoder.encode(canonical, StandardCharsets.UTF_8);
        m.put("shareZalo", ZALO_SHARE + encoded);
        m.put("shareFacebook", FACEBOOK_SHARE + encoded);
        m.put("related", links(a.related()));
        m.put("hasRelated", !a.related().isEmpty());
        m.put("bodyHtml", text(a.bodyHtml()));
        m.put("hasFigures", !a.figures().isEmpty());
        m.put(
                "figures",
                a.figures().stream()
                        .map(f -> image(
                                f.url(),
                                f.alt(),
                                f.picture(),
                                ARTICLE_SIZES,
                                true,
                                Map.of("caption", text(f.caption()))))
                        .toList());
        return article.execute(m);
    }

    public String dayArchivePage(DayArchiveView d) {
        String day = DAY.format(d.day());
        Map<String, Object> m = layout("Tin ngày " + day, "", "page-day-archive");
        m.put("searchDate", d.day().toString());
        m.put("day", day);
        m.put("isoDay", d.day().toString());
        m.put("category", text(d.category()));
        m.put("articles", links(d.articles()));
        m.put("hasArticles", !d.articles().isEmpty());
        m.put("showTime", true);
        m.put("emptyText", "Không có bài viết nào trong ngày này.");
        return dayArchive.execute(m);
    }

    /** Articles of the home page listed beside the lead. */
    static final int HOME_LATEST = 6;

    public String homePage(HomeView h) {
        Map<String, Object> m = layout("Trang chủ", "Tin tức, sự kiện của " + ministryName, "page-home");
        List<ArticleLink> latest = h.latest().stream().sorted(NEWEST_FIRST).toList();
        ArticleLink lead = latest.stream()
                .filter(l -> l.lead() != null)
                .findFirst()
                .orElse(latest.isEmpty() ? null : latest.getFirst());
        m.put("canonical", siteUrl() + "/");
        m.put("hasLead", lead != null);
        m.put("lead", lead == null ? List.of() : List.of(leadCard(lead)));
        List<ArticleLink> rest =
                latest.stream().filter(l -> l != lead).limit(HOME_LATEST).toList();
        // beside the lead the column is narrow: titles only, no thumbnails
        m.put(
                "articles",
                links(rest).stream()
                        .map(l -> {
                            Map<String, Object> plain = new LinkedHashMap<>(l);
                            plain.put("thumb", List.of());
                            return plain;
                        })
                        .toList());
        m.put("hasArticles", !rest.isEmpty());
        m.put("showTime", false);
        m.put("emptyText", lead == null ? "Chưa có bài viết nào." : "");
        m.put(
                "blocks",
                h.blocks().stream()
                        .filter(b -> !b.articles().isEmpty())
                        .map(b -> Map.<String, Object>of(
                                "name",
                                b.section().name(),
                                "url",
                                b.section().path(),
                                "slug",
                                b.section().slug(),
                                "first",
                                links(b.articles().subList(0, 1)),
                                "others",
                                links(b.articles().subList(1, b.articles().size()))))
                        .toList());
        return home.execute(m);
    }

    /** A section's landing page or one of its month pages (see SectionView). */
    public String sectionPage(SectionView v) {
        boolean landing = v.month() == null;
        String name = v.section().name();
        String monthText = landing
                ? ""
                : String.format(
                        Locale.ROOT,
                        "tháng %02d/%d",
                        v.month().getMonthValue(),
                        v.month().getYear());
        Map<String, Object> m = layout(
                landing ? name : name + " " + monthText,
                landing ? name + ": tin bài mới nhất" : name + ": tin bài " + monthText,
                "page-section");
        String landingUrl = v.section().path();
        m.put(
                "canonical",
                siteUrl()
                        + (landing
                                ? landingUrl
                                : SitePaths.folder(
                                        SitePaths.sectionMonthPath(v.section().slug(), v.month()))));
        m.put("sectionName", name);
        m.put("sectionUrl", landingUrl);
        m.put("sectionSlug", v.section().slug());
        m.put("isMonth", !landing);
        m.put("monthText", monthText);
        m.put("articles", links(v.articles()));
        m.put("hasArticles", !v.articles().isEmpty());
        m.put("showTime", false);
        m.put("showDay", true);
        m.put(
                "emptyText",
                landing
                        ? "Chuyên mục chưa có bài viết nào."
                        : "Chuyên mục không có bài viết nào trong " + monthText + ".");
        // paging back: from the landing page, the month of its oldest article shown; from a month, its neighbours
        YearMonth older = null;
        YearMonth newer = null;
        if (landing) {
            if (v.more() && !v.articles().isEmpty()) {
                older = YearMonth.from(vietnam(v.articles().stream()
                        .sorted(NEWEST_FIRST)
                        .toList()
                        .getLast()
                        .publishedAt()));
            }
        } else {
            older = v.months().stream()
                    .filter(x -> x.isBefore(v.month()))
                    .findFirst()
                    .orElse(null);
            newer = v.months().reversed().stream()
                    .filter(x -> x.isAfter(v.month()))
                    .findFirst()
                    .orElse(null);
        }
        m.put("older", older == null ? List.of() : List.of(monthLink(v.section().slug(), older)));
        m.put("newer", newer == null ? List.of() : List.of(monthLink(v.section().slug(), newer)));
        m.put("hasPager", older != null || newer != null);
        Map<Integer, List<Map<String, Object>>> byYear = new LinkedHashMap<>();
        for (YearMonth x : v.months()) {
            Map<String, Object> link = monthLink(v.section().slug(), x);
            link.put("current", x.equals(v.month()));
            byYear.computeIfAbsent(x.getYear(), y -> new ArrayList<>()).add(link);
        }
        m.put(
                "years",
                byYear.entrySet().stream()
                        .map(e -> Map.<String, Object>of(
                                "year", e.getKey(), "months", e.getValue().reversed()))
                        .toList());
        m.put("hasMonths", !v.months().isEmpty());
        return section.execute(m);
    }

    private static Map<String, Object> monthLink(String section, YearMonth month) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", SitePaths.folder(SitePaths.sectionMonthPath(section, month)));
        link.put("label", String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(), month.getYear()));
        link.put("short", String.format(Locale.ROOT, "Tháng %d", month.getMonthValue()));
        return link;
    }

    /** The home page's lead: its picture at the main column's width, eager (it is the first thing seen). */
    private Map<String, Object> leadCard(ArticleLink l) {
        Map<String, Object> card = new LinkedHashMap<>(link(l));
        card.put("hasImage", l.lead() != null);
        card.put(
                "image",
                l.lead() == null
                        ? List.of()
                        : List.of(image(
                                l.lead().url(),
                                l.lead().alt(),
                                l.lead(),
                                LEAD_SIZES,
                                false,
                                Map.of("articleUrl", l.url()))));
        return card;
    }

    /** sizes of an article's figures: the main column (full width below 960 px, else at most 800 px). */
    static final String ARTICLE_SIZES = "(max-width: 959px) calc(100vw - 32px), 800px";

    static final String LEAD_SIZES = "(max-width: 959px) calc(100vw - 32px), 560px";
    static final int THUMB_WIDTH = 160;

    /** An img's attributes: src, alt, and when known srcset, sizes, width, height; lazy unless eager. */
    private static Map<String, Object> image(
            String url, String alt, Picture p, String sizes, boolean lazy, Map<String, String> extra) {
        Map<String, Object> img = new LinkedHashMap<>(extra);
        img.put("url", url);
        img.put("alt", text(alt));
        img.put("srcset", p == null ? "" : p.srcset());
        img.put("sizes", p == null || p.srcset().isEmpty() ? "" : sizes);
        img.put("width", p == null || p.width() <= 0 ? "" : Integer.toString(p.width()));
        img.put("height", p == null || p.height() <= 0 ? "" : Integer.toString(p.height()));
        img.put("lazy", lazy);
        return img;
    }

    /** JSON-LD of schema.org's NewsArticle; "<" is escaped so the text can never close the script element. */
    private String jsonLd(ArticleView a, String canonical) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", canonical);
        ld.put("url", canonical);
        ld.put("headline", a.title());
        if (a.summary() != null) {
            ld.put("description", a.summary());
        }
        if (a.lead() != null) {
            ld.put("image", List.of(absolute(siteUrl(), a.lead().url())));
        }
        ld.put("datePublished", iso(a.publishedAt()));
        ld.put(
                "dateModified",
                a.updatedAt() == null ? iso(a.publishedAt()) : iso(a.updatedAt().atOffset(ZoneOffset.UTC)));
        ld.put("inLanguage", "vi");
        ld.put("articleSection", Sections.site().name(a.category()));
        ld.put("author", Map.of("@type", "Organization", "name", a.author() != null ? a.author() : ministryName));
        ld.put(
                "publisher",
                Map.of(
                        "@type",
                        "GovernmentOrganization",
                        "name",
                        ministryName,
                        "logo",
                        Map.of("@type", "ImageObject", "url", siteUrl() + "/assets/emblem.svg")));
        return Json.write(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** RSS 2.0, items newest first, links absolute. */
    public String rss(FeedView f) {
        List<ArticleLink> items = f.items().stream().sorted(NEWEST_FIRST).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteUrl", f.siteUrl());
        m.put("selfUrl", f.siteUrl() + SitePaths.RSS);
        m.put("channelTitle", Templates.PORTAL_NAME + " " + ministryName);
        m.put("channelDescription", "Tin tức, sự kiện của " + ministryName);
        m.put("lastBuildDate", items.isEmpty() ? "" : rfc1123(items.getFirst().publishedAt()));
        m.put(
                "items",
                items.stream()
                        .map(i -> Map.of(
                                "title", text(i.title()),
                                "link", absolute(f.siteUrl(), i.url()),
                                "pubDate", rfc1123(i.publishedAt()),
                                "summary", text(i.summary())))
                        .toList());
        return rss.execute(m);
    }

    /** sitemaps.org urlset: each URL with, when known, the time its page last changed (W3C date-time, Vietnam offset). */
    public String sitemap(SitemapView s) {
        return sitemap.execute(Map.of("urls", sitemapEntries(s.siteUrl(), s.urls())));
    }

    /** sitemaps.org sitemapindex: each sitemap file with, when known, the time it last changed. */
    public String sitemapIndex(SitemapIndexView s) {
        return sitemapIndex.execute(Map.of("sitemaps", sitemapEntries(s.siteUrl(), s.sitemaps())));
    }

    private static List<Map<String, String>> sitemapEntries(String siteUrl, List<SitemapView.Url> urls) {
        return urls.stream()
                .map(u -> Map.of(
                        "loc",
                        absolute(siteUrl, u.path()),
                        "lastmod",
                        u.lastmod() == null ? "" : iso(u.lastmod().withNano(0))))
                .toList();
    }

    /** /tim-theo-ngay.html: the date search page; its script reads ?date= and asks the API. */
    public String dateSearchPage() {
        return dateSearch.execute(layout("Tìm theo ngày", "Tìm tin bài theo ngày đăng", "page-date-search"));
    }

    /** /tim-kiem.html: full-text search; site.js fills the results from /api/search. */
    public String searchPage() {
        return search.execute(layout("Tìm kiếm", "Tìm tin bài và văn bản chỉ đạo điều hành", "page-search"));
    }

    /** /404.html: what a reader sees for a page that does not exist. */
    public String notFoundPage() {
        return notFound.execute(layout("Không tìm thấy trang", "", "page-not-found"));
    }

    private Map<String, Object> layout(String pageTitle, String description, String pageClass) {
        Map<String, Object> m = Templates.layout(ministryName, pageTitle, description, pageClass);
        m.put("canonical", "");
        m.put("siteUrl", siteUrl());
        return m;
    }

    private static List<Map<String, Object>> links(List<ArticleLink> links) {
        return links.stream().sorted(NEWEST_FIRST).map(PageRenderer::link).toList();
    }

    /** One article of a list; with its lead image as a small lazy thumbnail (decorative: the title is the link's text). */
    private static Map<String, Object> link(ArticleLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", text(l.title()));
        m.put("url", l.url());
        m.put("summary", text(l.summary()));
        m.put("iso", iso(l.publishedAt()));
        m.put("day", DAY.format(vietnam(l.publishedAt())));
        m.put("time", TIME.format(vietnam(l.publishedAt())));
        m.put("sectionName", l.section() == null ? "" : Sections.site().name(l.section()));
        m.put("sectionUrl", l.section() == null ? "" : "/" + l.section() + "/");
        Picture p = l.lead();
        m.put(
                "thumb",
                p == null
                        ? List.of()
                        : List.of(Map.of(
                                "url",
                                p.thumbnailUrl(),
                                "width",
                                Integer.toString(THUMB_WIDTH),
                                "height",
                                Integer.toString(p.width() > 0 ? p.heightAt(THUMB_WIDTH) : THUMB_WIDTH * 9 / 16))));
        return m;
    }

    /** The breadcrumb's link to the article's day: its category's day archive, or the date search. */
    private static String dayLink(String category, LocalDate day) {
        if (category == null || category.isBlank()) {
            return SitePaths.DATE_SEARCH + "?date=" + day;
        }
        String archive = SitePaths.dayArchivePath(category, day);
        return archive.substring(0, archive.length() - "index.html".length());
    }

    private static ZonedDateTime vietnam(OffsetDateTime t) {
        return t.atZoneSameInstant(Dates.VIETNAM);
    }

    private static String iso(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(vietnam(t));
    }

    private static String rfc1123(OffsetDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(vietnam(t));
    }

    private String siteUrl() {
        String url = siteUrl;
        if (url == null) {
            url = SitePaths.requireSiteUrl(siteUrlSource.get());
            siteUrl = url;
        }
        return url;
    }

    private static String absolute(String siteUrl, String url) {
        return url.startsWith("/") ? siteUrl + url : url;
    }

    /** XML 1.0 escaping; characters XML cannot carry at all (most controls) are dropped. */
    static String escapeXml(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
