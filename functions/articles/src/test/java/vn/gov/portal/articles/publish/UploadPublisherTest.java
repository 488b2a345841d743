package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SymbolLinker;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.audit.AuditEntry;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.audit.InMemoryAuditStore;
import vn.gov.portal.common.aws.InMemorySiteStore;
import vn.gov.portal.common.aws.InMemoryUploadObjectStore;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.InMemoryScheduleStore;
import vn.gov.portal.common.store.InMemoryUploadsStore;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.search.InMemorySearchStore;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchIndexer;

/**
 * The publish function's decisions without the emulator: an article published to its page,
 * listings, index and revisions, updated in place, scheduled or kept as a draft; images and
 * attachments checked and published; every way an upload is rejected (with its reasons).
 */
class UploadPublisherTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final String SITE = "https://portal.example.vn";

    private final InMemoryUploadsStore uploads = new InMemoryUploadsStore();
    private final InMemoryArticleStore articles = new InMemoryArticleStore();
    private final InMemoryUploadObjectStore objects = new InMemoryUploadObjectStore();
    private final InMemorySiteStore site = new InMemorySiteStore();
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AuditTrail trail = new AuditTrail(audit, clock, Duration.ofDays(3653));
    private final PageRenderer pages = new PageRenderer("Bộ Thử nghiệm", SITE);
    private final InMemorySearchStore search = new InMemorySearchStore();
    private final InMemoryScheduleStore schedules = new InMemoryScheduleStore();
    private final InMemoryRevisionStore revisions = new InMemoryRevisionStore();
    private final UploadPublisher publisher = new UploadPublisher(
            uploads,
            articles,
            objects,
            site,
            new Listings(articles, site, pages, () -> SITE, clock),
            pages,
            clock,
            new SymbolLinker(text -> Map.of()),
            new SearchIndexer(search),
            trail,
            new DraftPreviews(uploads, objects, clock, trail),
            new ScheduledPublishing(uploads, schedules, clock, trail, new InMemorySlotStore()),
            revisions,
            null);

    /** The one place an upload is built: requested by an editor, its object PUT with {@code bytes}. */
    private String upload(String kind, String contentType, byte[] bytes, long announcedLength) {
        String id = Ids.newId();
        uploads.create(
                UploadsTable.Upload.builder()
                        .uploadId(id)
                        .kind(kind)
                        .filename("tep")
                        .contentType(contentType)
                        .contentLength(announcedLength)
                        .key("incoming/" + id)
                        .createdAt(NOW)
                        .requestedBy(new Editor("sub-lan", "lan@example.vn", "Chị Lan"))
                        .build(),
                NOW.plus(Duration.ofDays(1)));
        if (bytes != null) {
            objects.put("incoming/" + id, bytes);
        }
        return id;
    }

    private String upload(String kind, String contentType, byte[] bytes) {
        return upload(kind, contentType, bytes, bytes.length);
    }

    private String article(String source) {
        return upload("article", "text/markdown", source.getBytes(StandardCharsets.UTF_8));
    }

    private UploadsTable.Upload stored(String id) {
        return uploads.get(id).orElseThrow();
    }

    /** A photo-like PNG (noise: its JPEG variants are smaller than it, so all are kept). */
    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static final String SOURCE = """
            ---
            title: Hội nghị tổng kết năm
            publishedAt: %s
            slug: hoi-nghi-tong-ket
            category: tin-tuc
            ---
            Nội dung **hội nghị**.
            """;

    @Test
    void anArticleGoesToItsPageTheListingsTheIndexAndItsRevisions() {
        String id = article(SOURCE.formatted("2026-03-01T09:00:00+07:00"));

        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);

        UploadsTable.Upload upload = stored(id);
        String url = "/tin-tuc/2026/03/01/hoi-nghi-tong-ket.html";
        assertThat(upload.status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(upload.url()).isEqualTo(url);
        String articleId = upload.articleId();
        assertThat(site.text(url)).contains("Hội nghị tổng kết năm").contains("<strong>hội nghị</strong>");
        assertThat(site.file(url).orElseThrow().cacheControl()).isEqualTo(SiteBucket.PAGE_CACHE);
        assertThat(site.text("/tin-tuc/2026/03/01/index.html")).contains(url);
        assertThat(site.text("/index.html")).contains(url);
        assertThat(site.text("/rss.xml")).contains(SITE + url);
        assertThat(search.doc(Kind.ARTICLE, articleId)).isPresent();
        assertThat(revisions.list(articleId, 10, null).items())
                .singleElement()
                .satisfies(r -> assertThat(r.uploadId()).isEqualTo(id));
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("article/" + articleId);
            assertThat(e.outcome()).isEqualTo("published");
        });
        assertThat(schedules.all()).as("no expiry").isEmpty();
    }

    @Test
    void theSameSlugOnTheSameDayUpdatesTheArticleInPlace() {
        String first = article(SOURCE.formatted("2026-03-01T09:00:00+07:00"));
        publisher.publish(first);
        String second = article(SOURCE.formatted("2026-03-01T09:00:00+07:00").replace("Nội dung", "Nội dung đã sửa"));
        publisher.publish(second);

        String articleId = stored(first).articleId();
        assertThat(stored(second).articleId()).isEqualTo(articleId);
        assertThat(articles.latestListed(10)).hasSize(1);
        assertThat(site.text(stored(first).url())).contains("Nội dung đã sửa");
        assertThat(revisions.list(articleId, 10, null).items())
                .extracting(r -> r.uploadId())
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void anExpiryIsScheduled() {
        String id = article(SOURCE.formatted("2026-03-01T09:00:00+07:00")
                .replace("category: tin-tuc", "category: tin-tuc\nexpiresAt: 2026-04-01T00:00:00+07:00"));
        publisher.publish(id);
        assertThat(schedules.at("unpublish-" + stored(id).articleId())).contains(Instant.parse("2026-03-31T17:00:00Z"));
    }

    @Test
    void anArticleForLaterWaitsForItsScheduleAndALaterVersionReplacesIt() {
        Instant at = Instant.parse("2026-03-05T01:00:00Z");
        String first = article(SOURCE.formatted("2026-03-05T08:00:00+07:00"));

        assertThat(publisher.publish(first)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);
        assertThat(stored(first).status()).isEqualTo(UploadsTable.SCHEDULED);
        assertThat(stored(first).scheduledAt()).isEqualTo(at);
        assertThat(schedules.at("publish-" + first)).contains(at);
        assertThat(site.paths()).as("nothing public before its time").isEmpty();
        assertThat(audit.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("scheduled"));

        String second = article(SOURCE.formatted("2026-03-05T08:00:00+07:00").replace("Nội dung", "Bản sửa"));
        publisher.publish(second);
        assertThat(stored(first).status()).isEqualTo(UploadsTable.DISCARDED);
        assertThat(schedules.at("publish-" + first)).isEmpty();
        assertThat(schedules.at("publish-" + second)).contains(at);
        assertThat(audit.entries("schedule.cancel"))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("superseded"));

        assertThat(uploads.releaseScheduled(second)).as("the schedule fires").isTrue();
        assertThat(publisher.publish(second)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);
        assertThat(stored(second).status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(site.text(stored(second).url())).contains("Bản sửa");
    }

    @Test
    void anApprovedDraftIsPublishedLikeAnyUpload() {
        String id = article(SOURCE.formatted("2026-03-01T09:00:00+07:00")
                .replace("category: tin-tuc", "category: tin-tuc\ndraft: true"));
        publisher.publish(id);
        assertThat(stored(id).status()).isEqualTo(UploadsTable.DRAFT);

        assertThat(uploads.approveDraft(id, NOW.plus(Duration.ofDays(1)))).isTrue();
        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);
        assertThat(site.text(stored(id).url()))
                .contains("Hội nghị tổng kết năm")
                .doesNotContain("noindex");
    }

    @Test
    void anImageIsCopiedUnderMediaWithSmallerVariants() throws IOException {
        String id = upload("image", "image/png", png(1200, 800));

        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);

        String url = "/media/" + id + ".png";
        assertThat(stored(id).status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(stored(id).url()).isEqualTo(url);
        assertThat(stored(id).image()).isEqualTo(new UploadsTable.ImageMeta(1200, 800, List.of(320, 640, 1024)));
        assertThat(site.file(url).orElseThrow().cacheControl()).isEqualTo(SiteBucket.IMMUTABLE_CACHE);
        assertThat(site.paths())
                .contains("/media/" + id + "-320.jpg", "/media/" + id + "-640.jpg", "/media/" + id + "-1024.jpg");
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("upload.publish");
            assertThat(e.outcome()).isEqualTo("published");
            assertThat(e.editor().subject()).isEqualTo("sub-lan");
            assertThat(e.details()).containsEntry("url", url);
        });
        assertThat(publisher.publish(id)).as("a redelivered event").isEqualTo(UploadPublisher.Outcome.ALREADY_DONE);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsRejectedWithTheReason() {
        String image = upload("image", "image/png", "GIF89a...".getBytes(StandardCharsets.US_ASCII));
        String pdf = upload("attachment", "application/pdf", "PK\3\4 a zip".getBytes(StandardCharsets.US_ASCII));

        assertThat(publisher.publish(image)).isEqualTo(UploadPublisher.Outcome.REJECTED);
        assertThat(publisher.publish(pdf)).isEqualTo(UploadPublisher.Outcome.REJECTED);

        assertThat(stored(image).errors()).containsExactly(new FieldError("file", "is not a image/png image"));
        assertThat(stored(pdf).errors()).containsExactly(new FieldError("file", "is not a application/pdf document"));
        assertThat(site.paths()).isEmpty();
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly("rejected", "rejected");
        assertThat(audit.entries())
                .filteredOn(e -> e.target().equals("upload/" + image))
                .singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("reasons", "file is not a image/png image"));
    }

    @Test
    void anAttachmentIsCheckedAndWaitsForItsDirective() {
        String pdf = upload("attachment", "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        String docx = upload(
                "attachment",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThat(publisher.publish(pdf)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);
        assertThat(publisher.publish(docx)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);
        assertThat(stored(pdf).status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(stored(pdf).url()).isNull();
        assertThat(site.paths()).as("nothing public until a directive links it").isEmpty();
    }

    @Test
    void aFileOfAnotherLengthThanAnnouncedIsRejected() {
        String id = upload("attachment", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 100);
        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.REJECTED);
        assertThat(stored(id).errors())
                .containsExactly(new FieldError("contentLength", "the file has 8 bytes, not the 100 announced"));
    }

    @Test
    void anObjectNotThereYetIsRetriedAndUnknownUploadsIgnored() {
        String id = upload("image", "image/png", null, 100);
        assertThatThrownBy(() -> publisher.publish(id)).isInstanceOf(RetryLater.class);
        assertThat(stored(id).status()).isEqualTo(UploadsTable.PENDING);

        assertThat(publisher.publish(Ids.newId())).isEqualTo(UploadPublisher.Outcome.UNKNOWN_UPLOAD);
        assertThat(publisher.publish("../../etc")).isEqualTo(UploadPublisher.Outcome.UNKNOWN_UPLOAD);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void anArticleSourceWithMistakesIsRejectedWithEveryReason() {
        String id = article("---\ntitle: '!!!'\ncolour: red\ndraft: maybe\n---\n");

        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.REJECTED);
        assertThat(stored(id).errors()).extracting(FieldError::field).contains("frontMatter", "title", "draft", "body");
        assertThat(site.paths()).isEmpty();
        assertThat(articles.latestListed(10)).isEmpty();
    }

    @Test
    void anArticleNamingAMissingOrRejectedImageIsRejectedAndAPendingOneWaited() {
        String rejected = upload("image", "image/png", "x".getBytes(StandardCharsets.US_ASCII));
        publisher.publish(rejected);
        String pending = upload("image", "image/png", null, 100);
        String source = "---\ntitle: Ảnh hội nghị\nimages:\n  - key: %s\n    caption: Toàn cảnh\n---\nNội dung.\n";

        String missing = article(source.formatted(Ids.newId()));
        assertThat(publisher.publish(missing)).isEqualTo(UploadPublisher.Outcome.REJECTED);
        assertThat(stored(missing).errors())
                .containsExactly(new FieldError("images[0].key", "is not the id of an image upload"));

        String withRejected = article(source.formatted(rejected));
        assertThat(publisher.publish(withRejected)).isEqualTo(UploadPublisher.Outcome.REJECTED);
        assertThat(stored(withRejected).errors())
                .containsExactly(new FieldError("images[0].key", "refers to an image upload that was rejected"));

        String waiting = article(source.formatted(pending));
        assertThatThrownBy(() -> publisher.publish(waiting)).isInstanceOf(RetryLater.class);
        assertThat(stored(waiting).status()).isEqualTo(UploadsTable.PENDING);
    }

    @Test
    void aDraftIsRenderedForItsPreviewLinkOnlyNeverOnTheSite() {
        String id = article("---\ntitle: Dự thảo thông báo\ndraft: true\n---\nNội dung **dự thảo**.\n");

        assertThat(publisher.publish(id)).isEqualTo(UploadPublisher.Outcome.PUBLISHED);

        UploadsTable.Upload draft = stored(id);
        assertThat(draft.status()).isEqualTo(UploadsTable.DRAFT);
        assertThat(draft.preview().expiresAt()).isEqualTo(NOW.plus(DraftPreviews.LIFETIME));
        assertThat(draft.preview().token()).hasSizeGreaterThanOrEqualTo(52);
        assertThat(objects.previewPage(id).orElseThrow())
                .contains("Dự thảo thông báo")
                .contains("<strong>dự thảo</strong>")
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(site.paths()).isEmpty();
        assertThat(articles.latestListed(10)).isEmpty();
        assertThat(audit.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("draft"));
    }

    @Test
    void anUploadThatFailedEveryDeliveryIsRejectedWithTheReason() {
        String id = upload("image", "image/png", null, 100);
        publisher.giveUp(id, "could not be processed; upload it again");
        assertThat(stored(id).status()).isEqualTo(UploadsTable.REJECTED);
        assertThat(stored(id).errors())
                .containsExactly(new FieldError("upload", "could not be processed; upload it again"));
    }
}
