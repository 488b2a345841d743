package vn.gov.portal.articles.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.UploadObjectStore;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Drafts: an article source with {@code draft: true} is rendered in full but stored only as a
 * private object of the uploads bucket ({@code previews/<uploadId>.html}), never on the site, in
 * the table, the listings, the feed, the sitemaps or the search index. Its upload reads
 * {@code draft} with a secret preview token that expires ({@link #LIFETIME}); the preview route
 * serves the page to whoever holds the token, with {@code noindex}.
 */
public final class DraftPreviews {

    /** How long a draft and its preview link live. */
    public static final Duration LIFETIME = Duration.ofDays(14);

    private static final String NOINDEX = "<meta name=\"robots\" content=\"noindex, nofollow\">";

    private final UploadsStore uploads;
    private final UploadObjectStore uploadObjects;
    private final Clock clock;
    private final AuditTrail audit;

    public DraftPreviews(UploadsStore uploads, UploadObjectStore uploadObjects, Clock clock, AuditTrail audit) {
        this.uploads = uploads;
        this.uploadObjects = uploadObjects;
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores the rendered page as the upload's preview and makes the upload a draft. */
    public void save(UploadsTable.Upload upload, String pageHtml, String title) {
        String html = pageHtml.replaceFirst("(?i)<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + NOINDEX);
        uploadObjects.putPreview(upload.uploadId(), html);
        Instant expires = clock.instant().plus(LIFETIME);
        // two 128-bit ids: the link cannot be guessed
        UploadsTable.Preview preview = new UploadsTable.Preview(Ids.newId() + Ids.newId(), expires);
        audit.record(
                upload.requestedBy(), "upload.publish", "upload/" + upload.uploadId(), "draft", Map.of("title", title));
        uploads.markDraft(upload.uploadId(), preview);
    }
}
