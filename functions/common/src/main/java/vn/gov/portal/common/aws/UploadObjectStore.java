package vn.gov.portal.common.aws;

import java.util.Optional;

/**
 * The uploads bucket (private) as the services use it: the uploaded objects and the drafts'
 * preview pages. {@link UploadsBucket} is the S3 one; unit tests use an in-memory one.
 */
public interface UploadObjectStore {

    /** The bucket's name (a copy to the site names its source). */
    String bucket();

    /** The first {@code maxBytes} bytes of an uploaded object; empty when it is not (yet) there. */
    Optional<byte[]> read(String key, int maxBytes);

    /** Copies the uploaded object onto itself, so that S3 sends the "object created" event again. */
    void resend(String key, String contentType);

    /** Stores a draft's rendered preview page. */
    void putPreview(String uploadId, String html);

    /** The draft's rendered preview page; empty when it is not (or no longer) there. */
    Optional<String> previewPage(String uploadId);

    /** Deletes the draft's preview page (a missing one is no error). */
    void deletePreview(String uploadId);
}
