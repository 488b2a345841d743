package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.aws.InMemorySiteStore;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.InMemoryUploadsStore;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.RelationKind;
import vn.gov.portal.search.InMemorySearchStore;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchIndexer;

/**
 * Registering a directive ({@link DirectiveService#create}) without the emulator: what is stored,
 * the pages, list, snapshot and index it writes, a re-sent registration, attachments and relations.
 */
class DirectiveRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final String TITLE = "Công văn số 121/LĐTBXH-VP v/v triển khai công tác năm 2020";

    private final InMemoryDirectivesStore table = new InMemoryDirectivesStore();
    private final InMemorySiteStore site = new InMemorySiteStore();
    private final InMemoryUploadsStore uploads = new InMemoryUploadsStore();
    private final InMemorySearchStore search = new InMemorySearchStore();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final DirectiveService service = new DirectiveService(
            table,
            new Attachments(uploads, site, "uploads-bucket"),
            new LatestSnapshot(table, site, clock),
            new DirectiveSite(table, site, () -> new DirectivePages("Bộ Thử nghiệm"), clock),
            clock,
            new SearchIndexer(search));

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>(Map.of("title", TITLE, "issuedOn", "2020-01-14"));
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The one place an upload is built: an attachment upload of {@code contentType}, then moved to {@code status}. */
    private String upload(String kind, String contentType, String status) {
        String id = Ids.newId();
        uploads.create(
                UploadsTable.Upload.builder()
                        .uploadId(id)
                        .kind(kind)
                        .filename("cong-van.pdf")
                        .contentType(contentType)
                        .contentLength(52_000)
                        .key("incoming/" + id)
                        .createdAt(NOW)
                        .requestedBy(new Editor("sub-lan", null, "Chị Lan"))
                        .build(),
                NOW.plus(Duration.ofDays(1)));
        switch (status) {
            case UploadsTable.PUBLISHED -> uploads.markPublished(id, null, null);
            case UploadsTable.REJECTED -> uploads.markRejected(id, List.of(new FieldError("file", "is not a PDF")));
            default -> {}
        }
        return id;
    }

    @Test
    void aRegistrationIsStoredWithWhatItsTitleSaysAndPublishedEverywhere() {
        DirectivesTable.Saved saved = service.create("Chị Lan", body());

        Directive d = saved.directive();
        assertThat(saved.created()).isTrue();
        assertThat(d.symbol()).isEqualTo("121/LĐTBXH-VP");
        assertThat(d.type()).isEqualTo("Công văn");
        assertThat(d.createdBy()).isEqualTo("Chị Lan");
        assertThat(d.createdAt()).isEqualTo(NOW);
        assertThat(service.get(d.id())).isEqualTo(d);
        assertThat(d.pagePath()).isEqualTo("/van-ban/2020/121-ldtbxh-vp.html");
        assertThat(site.text(d.pagePath())).contains("121/LĐTBXH-VP").contains("triển khai công tác năm 2020");
        assertThat(site.file(d.pagePath()).orElseThrow().cacheControl()).isEqualTo(SiteBucket.PAGE_CACHE);
        assertThat(site.text(DirectiveSite.LIST_PATH)).contains(d.pagePath());
        assertThat(site.text(LatestSnapshot.PATH)).contains(d.id());
        assertThat(search.doc(Kind.DIRECTIVE, d.id())).isPresent();
    }

    @Test
    void theSameSymbolOnTheSameDayIsTheSameRegistration() {
        Directive first = service.create("Chị Lan", body()).directive();
        DirectivesTable.Saved again = service.create("Anh Minh", body("title", "121/LĐTBXH-VP về việc khác"));

        assertThat(again.created()).isFalse();
        assertThat(again.directive().id()).isEqualTo(first.id());
        assertThat(again.directive().createdBy()).isEqualTo("Chị Lan");
        assertThat(table.latest(10)).hasSize(1);

        DirectivesTable.Saved nextDay = service.create("Chị Lan", body("issuedOn", "2020-01-15"));
        assertThat(nextDay.created()).isTrue();
        assertThat(nextDay.directive().pagePath())
                .as("the symbol's page is taken that year")
                .isEqualTo("/van-ban/2020/121-ldtbxh-vp-2020-01-15.html");
    }

    @Test
    void aCheckedAttachmentIsCopiedToAPublicPathUnderTheSymbolsName() {
        String uploadId = upload("attachment", "application/pdf", UploadsTable.PUBLISHED);
        Directive d =
                service.create("Chị Lan", body("attachmentUploadId", uploadId)).directive();

        String path = "/van-ban/2020/" + uploadId + ".pdf";
        assertThat(d.attachmentUrl()).isEqualTo(path);
        assertThat(d.attachmentSize()).isEqualTo(52_000);
        assertThat(d.attachmentType()).isEqualTo("application/pdf");
        InMemorySiteStore.File file = site.file(path).orElseThrow();
        assertThat(file.text()).isEqualTo("uploads-bucket/incoming/" + uploadId);
        assertThat(file.cacheControl()).isEqualTo(SiteBucket.IMMUTABLE_CACHE);
        assertThat(file.contentDisposition()).startsWith("inline; filename=\"121-LDTBXH-VP.pdf\"");
        assertThat(table.attachmentOwner(uploadId)).contains(d.id());

        site.clearChanges();
        assertThat(service.create("Chị Lan", body("attachmentUploadId", uploadId))
                        .created())
                .isFalse();
        assertThat(site.changes()).as("a re-sent registration copies nothing").noneMatch(c -> c.startsWith("copy"));
    }

    @Test
    void anAttachmentMustBeACheckedDocumentOfNoOtherDirective() {
        assertRefused(
                body("attachmentUploadId", upload("attachment", "application/pdf", UploadsTable.PENDING)),
                DomainException.Conflict.class);
        assertRefused(
                body("attachmentUploadId", upload("attachment", "application/pdf", UploadsTable.REJECTED)),
                DomainException.Invalid.class);
        assertRefused(
                body("attachmentUploadId", upload("image", "image/png", UploadsTable.PUBLISHED)),
                DomainException.Invalid.class);
        assertRefused(body("attachmentUploadId", Ids.newId()), DomainException.Invalid.class);

        String taken = upload("attachment", "application/pdf", UploadsTable.PUBLISHED);
        service.create("Chị Lan", body("attachmentUploadId", taken));
        site.clearChanges();
        assertThatThrownBy(() -> service.create(
                        "Chị Lan", body("title", "Quyết định 5/QĐ-BLĐTBXH về tổ chức", "attachmentUploadId", taken)))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(table.latest(10)).hasSize(1);
        assertThat(site.changes()).isEmpty();
    }

    @Test
    void aDocumentThatReplacesAnotherEndsItAndBothPagesShowTheLink() {
        Directive old = service.create(
                        "Chị Lan", body("title", "Quyết định 10/2019/QĐ-UBND về phí", "issuedOn", "2019-05-01"))
                .directive();
        site.clearChanges();

        Directive replacing = service.create(
                        "Chị Lan",
                        body(
                                "title",
                                "Quyết định 7/2020/QĐ-UBND về phí",
                                "effectiveOn",
                                "2020-02-01",
                                "replaces",
                                List.of(old.id())))
                .directive();

        Directive ended = service.get(old.id());
        assertThat(ended.endsOn()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(ended.incoming()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.REPLACES);
            assertThat(r.id()).isEqualTo(replacing.id());
        });
        assertThat(replacing.outgoing()).extracting(r -> r.id()).containsExactly(old.id());
        assertThat(site.changes()).contains("put " + old.pagePath(), "put " + replacing.pagePath());
        assertThat(site.text(old.pagePath())).contains(replacing.pagePath());
    }

    @Test
    void aRelationToAnUnknownDocumentWritesNothing() {
        assertRefused(body("replaces", List.of(Ids.newId())), DomainException.Invalid.class);
        assertRefused(body("amends", List.of("99/2099/NĐ-CP")), DomainException.Invalid.class);
    }

    @Test
    void everyMissingFieldIsReportedAndNothingWritten() {
        assertThatThrownBy(() -> service.create("Chị Lan", Map.of("signer", "x")))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .contains("title", "issuedOn"));
        assertThat(site.changes()).isEmpty();
    }

    private void assertRefused(Map<String, Object> body, Class<? extends DomainException> refusal) {
        int stored = table.latest(100).size();
        site.clearChanges();
        assertThatThrownBy(() -> service.create("Chị Lan", body)).as("%s", body).isInstanceOf(refusal);
        assertThat(table.latest(100)).hasSize(stored);
        assertThat(site.changes()).isEmpty();
    }
}
