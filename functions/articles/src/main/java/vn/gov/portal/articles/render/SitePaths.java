package vn.gov.portal.articles.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;
import vn.gov.portal.articles.source.ArticleSourceParser;
import vn.gov.portal.common.Dates;

/** Where the site's pages live. Days are Vietnam calendar days ({@link Dates#vietnamDay}), whatever offset a date-time carries. */
public final class SitePaths {

    public static final String HOME = "/";
    public static final String DATE_SEARCH = "/tim-theo-ngay.html";
    public static final String RSS = "/rss.xml";
    /** The sitemap index robots.txt names; it points to {@link #PAGES_SITEMAP} and one sitemap per month. */
    public static final String SITEMAP = "/sitemap.xml";
    /** The fixed pages' sitemap (home, date search). */
    public static final String PAGES_SITEMAP = "/sitemaps/trang.xml";

    public static final String ROBOTS = "/robots.txt";

    private SitePaths() {}

    /** "/{category}/{yyyy}/{mm}/{dd}/{slug}.html". */
    public static String articlePath(String category, OffsetDateTime publishedAt, String slug) {
        return dayFolder(category, Dates.vietnamDay(publishedAt)) + requireSlug(slug, "slug") + ".html";
    }

    /** "/sitemaps/{yyyy}-{mm}.xml": the articles published in a Vietnam month. */
    public static String monthSitemapPath(YearMonth month) {
        return "/sitemaps/" + month + ".xml";
    }

    /** "/{section}/index.html": the section's landing page (newest articles, its months). */
    public static String sectionPath(String section) {
        return "/" + requireSlug(section, "section") + "/index.html";
    }

    /** "/{section}/{yyyy}/{mm}/index.html": every article of the section in a Vietnam month. */
    public static String sectionMonthPath(String section, YearMonth month) {
        return String.format(
                Locale.ROOT,
                "/%s/%04d/%02d/index.html",
                requireSlug(section, "section"),
                month.getYear(),
                month.getMonthValue());
    }

    /** A folder page's address as links print it: "/tin-tuc/2025/06/" for "/tin-tuc/2025/06/index.html". */
    public static String folder(String indexPath) {
        return indexPath.endsWith("/index.html")
                ? indexPath.substring(0, indexPath.length() - "index.html".length())
                : indexPath;
    }

    /** "/{category}/{yyyy}/{mm}/{dd}/index.html". */
    public static String dayArchivePath(String category, LocalDate day) {
        return dayFolder(category, day) + "index.html";
    }

    /** "/{category}/{yyyy}/{mm}/{dd}/": the folder of a day's articles and their archive page. */
    public static String dayFolder(String category, LocalDate day) {
        return String.format(
                Locale.ROOT,
                "/%s/%04d/%02d/%02d/",
                requireSlug(category, "category"),
                day.getYear(),
                day.getMonthValue(),
                day.getDayOfMonth());
    }

    private static String requireSlug(String value, String what) {
        if (value == null || !ArticleSourceParser.SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " is not a slug: " + value);
        }
        return value;
    }

    /** A link the pages may print: a site path ("/x", not "//x") or an absolute http(s) URL. */
    static String requireLink(String url, String what) {
        boolean ok = url != null
                && !url.isBlank()
                && url.chars().noneMatch(c -> c <= ' ')
                && (url.startsWith("/") && !url.startsWith("//")
                        || url.regionMatches(true, 0, "https://", 0, 8)
                        || url.regionMatches(true, 0, "http://", 0, 7));
        if (!ok) {
            throw new IllegalArgumentException(what + " must be a site path or an http(s) URL: " + url);
        }
        return url;
    }

    /** An absolute http(s) site address without the trailing slash, e.g. "https://portal.example.gov.vn". */
    static String requireSiteUrl(String siteUrl) {
        if (siteUrl == null || !(siteUrl.startsWith("https://") || siteUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("siteUrl must be an absolute http(s) URL: " + siteUrl);
        }
        return requireLink(siteUrl.replaceAll("/+$", ""), "siteUrl");
    }
}
