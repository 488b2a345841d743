package vn.gov.portal.uploads;

import java.util.Optional;

/**
 * What {@link Drafts} does in the uploads bucket: {@link UploadsBucket} is the S3 one; unit tests
 * use an in-memory one.
 */
public interface DraftStore {

    /** The draft's rendered preview page; empty when it is not (or no longer) there. */
    Optional<String> previewPage(String uploadId);

    /** Copies the uploaded object onto itself, so that S3 sends the "object created" event again. */
    void resend(String key, String contentType);

    /** Deletes the draft's preview page (a missing one is no error). */
    void deletePreview(String uploadId);
}
