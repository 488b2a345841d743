package vn.gov.portal.common.aws;

/**
 * Where the site's files are written: {@link SiteBucket} (S3, behind CloudFront) in the functions;
 * unit tests use an in-memory one. Paths are site paths ("/tin-tuc/…/x.html").
 */
public interface SiteStore {

    void putText(String path, String text, String contentType, String cacheControl);

    void putBytes(String path, byte[] bytes, String contentType, String cacheControl);

    /** Copies an object from another bucket (an upload) to a site path. */
    void copyFrom(
            String sourceBucket,
            String sourceKey,
            String path,
            String contentType,
            String cacheControl,
            String contentDisposition);

    void delete(String path);

    boolean exists(String path);
}
