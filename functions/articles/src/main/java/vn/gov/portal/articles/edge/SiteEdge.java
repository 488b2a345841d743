package vn.gov.portal.articles.edge;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.common.Json;

/**
 * The site's address, for absolute links (feed, sitemaps, canonical URLs, robots.txt). Without a
 * custom domain it is the distribution's, which the functions behind the HTTP API cannot name
 * in their environment (the distribution names the API as its origin: a dependency cycle). The
 * SiteAssets custom resource, which CloudFormation gives it, writes it to {@value #KEY} in the
 * uploads bucket; the functions that write pages read that object with the S3 client they have,
 * on first use, not at init: if S3 is unreachable, that request fails (503, or a retried
 * publish) and the next one reads again.
 */
public final class SiteEdge {

    public static final String KEY = "config/site.json";

    private final Supplier<String> read;
    private volatile String siteUrl;

    private SiteEdge(Supplier<String> read) {
        this.read = read;
    }

    /** The address SiteAssets wrote to this bucket. */
    public static SiteEdge fromBucket(S3Client s3, String bucket) {
        return new SiteEdge(
                () -> parse(s3.getObjectAsBytes(r -> r.bucket(bucket).key(KEY)).asUtf8String()));
    }

    /** A fixed address (the SiteAssets custom resource's property; unit tests). */
    public static SiteEdge of(String siteUrl) {
        return new SiteEdge(() -> siteUrl);
    }

    /** Writes the address where {@link #fromBucket} reads it. */
    public static void write(S3Client s3, String bucket, String siteUrl) {
        s3.putObject(
                r -> r.bucket(bucket).key(KEY).contentType("application/json"),
                RequestBody.fromString(Json.write(Map.of("siteUrl", siteUrl))));
    }

    public String siteUrl() {
        String url = siteUrl;
        if (url == null) {
            synchronized (this) {
                if (siteUrl == null) {
                    siteUrl = read.get();
                }
                url = siteUrl;
            }
        }
        return url;
    }

    static String parse(String json) {
        try {
            if (Json.readObject(json).get("siteUrl") instanceof String url && !url.isBlank()) {
                return url;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The site's address is not {\"siteUrl\"} JSON: " + e.getMessage(), e);
        }
        throw new IllegalStateException("The site's address lacks siteUrl: " + json);
    }
}
