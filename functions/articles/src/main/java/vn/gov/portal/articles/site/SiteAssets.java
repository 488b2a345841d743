package vn.gov.portal.articles.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.render.SitemapView;
import vn.gov.portal.common.ConsoleConfig;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.SiteBucket;

/**
 * The site's fixed files: styles, scripts, the date search page, the 404 page, robots.txt and
 * the fixed pages' sitemap. Installed on
 * every deployment by the SiteAssets custom resource (locally, when the stack starts), so the
 * pages the publish function writes always find them.
 */
public final class SiteAssets {

    static final String MANIFEST = "site/manifest.txt";
    private static final Map<String, String> TYPES = Map.of(
            "css",
            "text/css; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "ico",
            "image/x-icon",
            "json",
            "application/json; charset=utf-8",
            "html",
            "text/html; charset=utf-8",
            "txt",
            "text/plain; charset=utf-8");
    /** Assets change only with a deployment; browsers revalidate after an hour. */
    static final String ASSET_CACHE = "public, max-age=3600";

    private final SiteBucket site;
    private final PageRenderer pages;
    private final Supplier<String> siteUrl;
    private final Runnable recordSiteUrl;

    /**
     * @param siteUrl the site's address (robots.txt and the fixed pages' sitemap are absolute), read by install
     * @param recordSiteUrl records that address where the functions that write pages read it (SiteEdge)
     */
    public SiteAssets(SiteBucket site, PageRenderer pages, Supplier<String> siteUrl, Runnable recordSiteUrl) {
        this.site = site;
        this.pages = pages;
        this.siteUrl = siteUrl;
        this.recordSiteUrl = recordSiteUrl;
    }

    /** Writes every file and records the site's address; returns how many files. */
    public int install() {
        String siteUrl = this.siteUrl.get().replaceAll("/+$", "");
        recordSiteUrl.run();
        List<String> files = manifest();
        for (String file : files) {
            site.putBytes("/" + file, read("site/" + file), contentType(file), ASSET_CACHE);
        }
        site.putText(SitePaths.DATE_SEARCH, pages.dateSearchPage(), TYPES.get("html"), SiteBucket.PAGE_CACHE);
        site.putText("/404.html", pages.notFoundPage(), TYPES.get("html"), SiteBucket.PAGE_CACHE);
        site.putText("/tim-kiem.html", pages.searchPage(), TYPES.get("html"), SiteBucket.PAGE_CACHE);
        // robots.txt names the sitemap index; the index always lists the fixed pages' sitemap first
        site.putText(
                SitePaths.ROBOTS,
                "User-agent: *\nAllow: /\nSitemap: " + siteUrl + SitePaths.SITEMAP + "\n",
                TYPES.get("txt"),
                ASSET_CACHE);
        site.putText(
                SitePaths.PAGES_SITEMAP,
                pages.sitemap(new SitemapView(
                        siteUrl,
                        List.of(
                                new SitemapView.Url(SitePaths.HOME, null),
                                new SitemapView.Url(SitePaths.DATE_SEARCH, null)))),
                "application/xml; charset=utf-8",
                ASSET_CACHE);
        if (!site.exists(SiteBucket.LATEST_DIRECTIVES)) {
            // a new site has no directive yet: an empty list spares every page a 404 in the console
            site.putText(
                    SiteBucket.LATEST_DIRECTIVES,
                    "{\"items\":[],\"updatedAt\":null}",
                    TYPES.get("json"),
                    SiteBucket.LISTING_CACHE);
        }
        return files.size() + 5;
    }

    /**
     * The editor console's /bien-tap/config.json: where it signs in (the user pool domain, app
     * client and issuer the custom resource is given) and the upload limits, so the same script
     * runs on AWS and locally.
     */
    public void installConsoleConfig(Map<String, Object> properties) {
        site.putText(
                ConsoleConfig.PATH,
                Json.write(ConsoleConfig.of(
                        properties.get("AuthUrl"), properties.get("ClientId"), properties.get("Issuer"))),
                TYPES.get("json"),
                "no-cache");
    }

    static List<String> manifest() {
        return new String(read(MANIFEST), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    static String contentType(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] read(String resource) {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
