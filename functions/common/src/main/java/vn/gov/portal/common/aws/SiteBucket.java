package vn.gov.portal.common.aws;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The site bucket behind CloudFront: every write names its content type and cache policy, and
 * site paths ("/tin-tuc/2018/12/14/x.html") map to keys without the leading slash.
 */
public final class SiteBucket implements SiteStore {

    /** Pages that change when articles are published: short edge caching. */
    public static final String LISTING_CACHE = "public, max-age=60, stale-while-revalidate=60";
    /** Article pages: updated in place now and then. */
    public static final String PAGE_CACHE = "public, max-age=300, stale-while-revalidate=60";
    /** Content addressed by an upload id: never changes. */
    public static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

    /** The latest directives the pages' box reads; written by the directive functions. */
    public static final String LATEST_DIRECTIVES = "/data/van-ban-moi-nhat.json";

    private final S3Client s3;
    private final String bucket;

    public SiteBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void putText(String path, String text, String contentType, String cacheControl) {
        s3.putObject(
                r -> r.bucket(bucket).key(key(path)).contentType(contentType).cacheControl(cacheControl),
                RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    @Override
    public void putBytes(String path, byte[] bytes, String contentType, String cacheControl) {
        s3.putObject(
                r -> r.bucket(bucket).key(key(path)).contentType(contentType).cacheControl(cacheControl),
                RequestBody.fromBytes(bytes));
    }

    /** Copies an object from another bucket (an upload) to a site path. */
    @Override
    public void copyFrom(
            String sourceBucket,
            String sourceKey,
            String path,
            String contentType,
            String cacheControl,
            String contentDisposition) {
        s3.copyObject(r -> r.sourceBucket(sourceBucket)
                .sourceKey(sourceKey)
                .destinationBucket(bucket)
                .destinationKey(key(path))
                .metadataDirective("REPLACE")
                .contentType(contentType)
                .cacheControl(cacheControl)
                .contentDisposition(contentDisposition));
    }

    @Override
    public void delete(String path) {
        s3.deleteObject(r -> r.bucket(bucket).key(key(path)));
    }

    @Override
    public boolean exists(String path) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key(path)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    static String key(String path) {
        if (!path.startsWith("/") || path.contains("..") || path.contains("//")) {
            throw new IllegalArgumentException("Not a site path: " + path);
        }
        return path.substring(1);
    }
}
