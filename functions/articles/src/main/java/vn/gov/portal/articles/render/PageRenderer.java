package vn.gov.portal.articles.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the site's pages and XML files from the Mustache templates under {@code templates/} on
 * the classpath, compiled once. Every value is escaped by the templates; only an article's body,
 * already sanitized, is printed raw. Dates are shown in Vietnam time. Thread-safe.
 */
public final class PageRenderer {

    public static final String PORTAL_NAME = "Cổng thông tin điện tử";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<ArticleLink> NEWEST_FIRST =
            Comparator.comparing(ArticleLink::publishedAt, Comparator.comparing(OffsetDateTime::toInstant)).reversed();

    private final String ministryName;
    private final Template article;
    private final Template dayArchive;
    private final Template home;
    private final Template rss;
    private final Template sitemap;
    private final Template sitemapIndex;
    private final Template dateSearch;
    private final Template notFound;
    private final Template search;

    /** @param ministryName shown in the header, titles and footer, e.g. "Bộ Lao động - Thương binh và Xã hội" */
    public PageRenderer(String ministryName) {
        this.ministryName = Objects.requireNonNull(ministryName, "ministryName");
        // No defaultValue: a misspelt or missing name in a template fails loudly instead of printing nothing.
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).withLoader(PageRenderer::load);
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
        m.put("dayArchiveUrl", dayLink(a.category(), Paths.vietnamDay(a.publishedAt())));
        m.put("bodyHtml", text(a.bodyHtml()));
        m.put("hasFigures", !a.figures().isEmpty());
        m.put("figures", a.figures().stream().map(f -> Map.of("url", f.url(), "alt", f.alt(), "caption", text(f.caption()))).toList());
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

    public String homePage(HomeView h) {
        Map<String, Object> m = layout("Trang chủ", "Tin tức, sự kiện của " + ministryName, "page-home");
        m.put("articles", links(h.latest()));
        m.put("hasArticles", !h.latest().isEmpty());
        m.put("showTime", false);
        m.put("emptyText", "Chưa có bài viết nào.");
        return home.execute(m);
    }

    /** RSS 2.0, items newest first, links absolute. */
    public String rss(FeedView f) {
        List<ArticleLink> items = f.items().stream().sorted(NEWEST_FIRST).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteUrl", f.siteUrl());
        m.put("selfUrl", f.siteUrl() + Paths.RSS);
        m.put("channelTitle", PORTAL_NAME + " " + ministryName);
        m.put("channelDescription", "Tin tức, sự kiện của " + ministryName);
        m.put("lastBuildDate", items.isEmpty() ? "" : rfc1123(items.getFirst().publishedAt()));
        m.put("items", items.stream().map(i -> Map.of(
                "title", text(i.title()),
                "link", absolute(f.siteUrl(), i.url()),
                "pubDate", rfc1123(i.publishedAt()),
                "summary", text(i.summary()))).toList());
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
        return urls.stream().map(u -> Map.of("loc", absolute(siteUrl, u.path()),
                "lastmod", u.lastmod() == null ? "" : iso(u.lastmod().withNano(0)))).toList();
    }

    /** /tim-theo-ngay.html: the date search page; its script reads ?date= and asks the API. */
    public String dateSearchPage() {
        return dateSearch.execute(layout("Tìm theo ngày", "Tìm tin bài theo ngày đăng", "page-date-search"));
    }

    /** /tim-kiem.html: full-text search; search.js fills the results from /api/search. */
    public String searchPage() {
        return search.execute(layout("Tìm kiếm", "Tìm tin bài và văn bản chỉ đạo điều hành", "page-search"));
    }

    /** /404.html: what a reader sees for a page that does not exist. */
    public String notFoundPage() {
        return notFound.execute(layout("Không tìm thấy trang", "", "page-not-found"));
    }

    private Map<String, Object> layout(String pageTitle, String description, String pageClass) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageTitle", text(pageTitle));
        m.put("description", description);
        m.put("pageClass", pageClass);
        m.put("portalName", PORTAL_NAME);
        m.put("ministryName", ministryName);
        m.put("ratingArticleId", "");
        m.put("searchDate", "");
        return m;
    }

    private static List<Map<String, Object>> links(List<ArticleLink> links) {
        return links.stream().sorted(NEWEST_FIRST).map(l -> Map.<String, Object>of(
                "title", text(l.title()),
                "url", l.url(),
                "summary", text(l.summary()),
                "iso", iso(l.publishedAt()),
                "day", DAY.format(vietnam(l.publishedAt())),
                "time", TIME.format(vietnam(l.publishedAt())))).toList();
    }

    /** The breadcrumb's link to the article's day: its category's day archive, or the date search. */
    private static String dayLink(String category, java.time.LocalDate day) {
        if (category == null || category.isBlank()) {
            return Paths.DATE_SEARCH + "?date=" + day;
        }
        String archive = Paths.dayArchivePath(category, day);
        return archive.substring(0, archive.length() - "index.html".length());
    }

    private static ZonedDateTime vietnam(OffsetDateTime t) {
        return t.atZoneSameInstant(Paths.VIETNAM);
    }

    private static String iso(OffsetDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(vietnam(t));
    }

    private static String rfc1123(OffsetDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(vietnam(t));
    }

    private static String absolute(String siteUrl, String url) {
        return url.startsWith("/") ? siteUrl + url : url;
    }

    /** Templates read null as an error; absent optional text is empty (and false in sections). */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Reader load(String name) throws IOException {
        try (InputStream in = PageRenderer.class.getResourceAsStream("/templates/" + name + ".mustache")) {
            if (in == null) {
                throw new IllegalStateException("Missing template templates/" + name + ".mustache");
            }
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
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
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
