package vn.gov.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.MovableClock;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.audit.InMemoryAuditStore;
import vn.gov.portal.common.aws.InMemoryUploadObjectStore;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.InMemoryScheduleStore;
import vn.gov.portal.common.store.InMemoryUploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/** Drafts without the emulator: preview links, publishing and discarding a draft, cancelling a scheduled upload. */
class DraftsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final Editor EDITOR = new Editor("sub-lan", "lan@example.vn", "Chị Lan");
    private static final String TOKEN = "s3cr3t-token-of-the-preview-link";

    private final InMemoryUploadsStore table = new InMemoryUploadsStore();
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final InMemoryUploadObjectStore bucket = new InMemoryUploadObjectStore();
    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryScheduleStore schedules = new InMemoryScheduleStore();
    private final Drafts drafts =
            new Drafts(table, bucket, clock, new AuditTrail(audit, clock, Duration.ofDays(3653)), schedules);

    /** The one place an upload is built: a pending article upload. */
    private String pendingUpload() {
        String id = Ids.newId();
        table.create(
                UploadsTable.Upload.builder()
                        .uploadId(id)
                        .kind("article")
                        .filename("thong-bao.md")
                        .contentType("text/markdown")
                        .contentLength(1200)
                        .key("incoming/" + id)
                        .createdAt(NOW)
                        .requestedBy(EDITOR)
                        .build(),
                NOW.plus(Duration.ofDays(1)));
        return id;
    }

    /** An article uploaded as a draft, rendered by the publish function, its link valid for a day. */
    private String draft() {
        String id = pendingUpload();
        assertThat(table.markDraft(id, new UploadsTable.Preview(TOKEN, NOW.plus(Duration.ofDays(1)))))
                .isTrue();
        bucket.putPreview(id, "<h1>Thông báo</h1>");
        return id;
    }

    @Test
    void theLinkShowsTheDraftWhileItLasts() {
        String id = draft();
        assertThat(drafts.preview(id, TOKEN)).isEqualTo("<h1>Thông báo</h1>");

        clock.set(NOW.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> drafts.preview(id, TOKEN)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aWrongMissingOrOversizedTokenFindsNothingAndNeverSaysWhy() {
        String id = draft();
        for (String token : new String[] {"wrong", TOKEN + "x", "", null, "x".repeat(201)}) {
            assertThatThrownBy(() -> drafts.preview(id, token))
                    .as("token %s", token)
                    .isInstanceOf(DomainException.NotFound.class)
                    .hasMessage(
                            "No preview here: the link is wrong, has expired, or the draft was published or discarded.");
        }
        assertThatThrownBy(() -> drafts.preview("not-an-id", TOKEN)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> drafts.preview(Ids.newId(), TOKEN)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aPendingUploadOrAMissingPageHasNoPreview() {
        String pending = pendingUpload();
        bucket.putPreview(pending, "<h1>early</h1>");
        assertThatThrownBy(() -> drafts.preview(pending, TOKEN)).isInstanceOf(DomainException.NotFound.class);

        String id = draft();
        bucket.deletePreview(id);
        assertThatThrownBy(() -> drafts.preview(id, TOKEN)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void publishingADraftSendsItThroughThePipelineOnceApproved() {
        String id = draft();
        drafts.publish(EDITOR, id);

        UploadsTable.Upload upload = table.get(id).orElseThrow();
        assertThat(upload.status()).isEqualTo(UploadsTable.PENDING);
        assertThat(upload.draftApproved()).isTrue();
        assertThat(upload.preview()).as("the link is revoked").isNull();
        assertThat(bucket.resent()).containsExactly("incoming/" + id + " text/markdown");
        assertThat(table.expiresAt(id)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(audit.entries("draft.publish"))
                .singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("upload/" + id));
        assertThatThrownBy(() -> drafts.preview(id, TOKEN)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void onlyADraftCanBePublishedAndOnlyOnce() {
        String id = draft();
        drafts.publish(EDITOR, id);
        assertThatThrownBy(() -> drafts.publish(EDITOR, id)).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> drafts.publish(EDITOR, pendingUpload())).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> drafts.publish(EDITOR, Ids.newId())).isInstanceOf(DomainException.NotFound.class);
        assertThat(bucket.resent()).hasSize(1);
        assertThat(audit.entries("draft.publish")).hasSize(1);
    }

    @Test
    void discardingADraftRemovesItsPreviewAtOnce() {
        String id = draft();
        drafts.discard(EDITOR, id);

        assertThat(table.get(id).orElseThrow().status()).isEqualTo(UploadsTable.DISCARDED);
        assertThat(bucket.previewPage(id)).isEmpty();
        assertThatThrownBy(() -> drafts.preview(id, TOKEN)).isInstanceOf(DomainException.NotFound.class);
        assertThat(audit.entries("draft.discard"))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("filename", "thong-bao.md"));
        assertThatThrownBy(() -> drafts.discard(EDITOR, id)).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> drafts.publish(EDITOR, id)).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void aScheduledUploadIsCancelledWithItsSchedule() {
        String id = pendingUpload();
        Instant at = NOW.plus(Duration.ofDays(3));
        schedules.publishAt(id, at);
        assertThat(table.markScheduled(id, at)).isTrue();

        drafts.discard(EDITOR, id);

        assertThat(table.get(id).orElseThrow().status()).isEqualTo(UploadsTable.DISCARDED);
        assertThat(schedules.at("publish-" + id)).isEmpty();
        assertThat(audit.entries("schedule.cancel")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("cancelled");
            assertThat(e.details()).containsEntry("scheduledAt", at.toString());
        });
        assertThatThrownBy(() -> drafts.discard(EDITOR, id)).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void aPublishedUploadCannotBeDiscarded() {
        String id = pendingUpload();
        table.markPublished(id, "art1", "/tin-tuc/x/");
        assertThatThrownBy(() -> drafts.discard(EDITOR, id))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("only a draft can be published");
        assertThat(table.get(id).orElseThrow().status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(audit.entries()).isEmpty();
    }
}
