package vn.gov.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.audit.InMemoryAuditStore;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.InMemoryUploadsStore;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Upload URLs without the emulator: the table and the audit trail in memory, a real presigner
 * (signing is local: no request leaves the process).
 */
class UploadServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final Editor EDITOR = new Editor("sub-lan", "lan@example.vn", "Chị Lan");

    private final InMemoryUploadsStore table = new InMemoryUploadsStore();
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final S3Presigner presigner = S3Presigner.builder()
            .region(Region.AP_SOUTHEAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .build();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UploadService service = new UploadService(
            table, presigner, "uploads-bucket", clock, new AuditTrail(audit, clock, Duration.ofDays(3653)));

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind", "article", "filename", "thong-bao.md", "contentType", "text/markdown", "contentLength", 1200));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                body.remove((String) pairs[i]);
            } else {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    private List<FieldError> refused(Map<String, Object> body) {
        int recorded = audit.entries().size();
        var thrown = (DomainException.Invalid) catchThrowable(() -> service.create(EDITOR, body));
        assertThat(thrown).as("refused").isNotNull();
        assertThat(audit.entries()).as("a refused request records nothing").hasSize(recorded);
        return thrown.errors();
    }

    @Test
    void signsAPutOfExactlyTheDeclaredTypeAndLengthToAKeyTheServerChose() {
        UploadService.SignedUpload signed = service.create(EDITOR, body("filename", "Thông báo số 12.md"));

        String url = signed.uploadUrl().toString();
        assertThat(url)
                .contains("uploads-bucket")
                .contains("/incoming/" + signed.uploadId() + "?")
                .doesNotContain("Th%C3%B4ng")
                .contains("X-Amz-Expires=900");
        assertThat(url).containsPattern("X-Amz-SignedHeaders=[^&]*content-length[^&]*content-type");
        assertThat(signed.headers())
                .containsExactly(Map.entry("Content-Type", "text/markdown"), Map.entry("Content-Length", "1200"));
        assertThat(Duration.between(Instant.now(), signed.expiresAt()))
                .isBetween(Duration.ofMinutes(14), UploadService.URL_LIFETIME);
    }

    @Test
    void remembersThePendingUploadForADayAndRecordsTheRequest() {
        String id =
                service.create(EDITOR, body("filename", "Thông báo số 12.md")).uploadId();

        UploadsTable.Upload stored = service.status(id);
        assertThat(stored.status()).isEqualTo(UploadsTable.PENDING);
        assertThat(stored.kind()).isEqualTo("article");
        assertThat(stored.filename()).isEqualTo("Thông báo số 12.md");
        assertThat(stored.key()).isEqualTo("incoming/" + id);
        assertThat(stored.contentLength()).isEqualTo(1200);
        assertThat(stored.requestedBy()).isEqualTo(EDITOR);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(table.expiresAt(id)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("upload.request");
            assertThat(e.target()).isEqualTo("upload/" + id);
            assertThat(e.editor()).isEqualTo(EDITOR);
            assertThat(e.details()).containsEntry("kind", "article").containsEntry("filename", "Thông báo số 12.md");
        });
    }

    @Test
    void everyUploadGetsItsOwnKey() {
        String first = service.create(EDITOR, body()).uploadId();
        String second = service.create(EDITOR, body()).uploadId();
        assertThat(first).isNotEqualTo(second);
        assertThat(service.status(first).key())
                .isNotEqualTo(service.status(second).key());
    }

    @Test
    void eachKindTakesItsOwnTypesUpToItsOwnSize() {
        assertThat(service.create(
                                EDITOR, body("kind", "image", "contentType", " Image/PNG ", "contentLength", 10L << 20))
                        .headers())
                .containsEntry("Content-Type", "image/png");
        assertThat(service.create(
                                EDITOR,
                                body(
                                        "kind",
                                        "attachment",
                                        "contentType",
                                        "application/pdf",
                                        "contentLength",
                                        20L << 20))
                        .headers())
                .containsEntry("Content-Length", Long.toString(20L << 20));
        assertThat(service.create(EDITOR, body("contentType", "text/html", "contentLength", 1 << 20))
                        .uploadId())
                .isNotBlank();

        assertThat(refused(body("contentLength", (1 << 20) + 1)))
                .containsExactly(new FieldError("contentLength", "must be at most 1048576 bytes for article"));
        assertThat(refused(body("kind", "image", "contentLength", (10L << 20) + 1)).stream()
                        .map(FieldError::field))
                .contains("contentLength");
        assertThat(refused(body("kind", "image", "contentType", "application/pdf")))
                .containsExactly(
                        new FieldError("contentType", "must be one of image/jpeg, image/png, image/webp for image"));
        assertThat(refused(body("kind", "attachment", "contentType", "text/markdown"))
                        .getFirst()
                        .message())
                .startsWith("must be one of application/msword, application/pdf");
    }

    @Test
    void reportsEveryProblemAtOnceAndStoresNothing() {
        List<FieldError> errors = refused(Map.of("kind", "video", "filename", "", "contentLength", 0, "owner", "x"));
        assertThat(errors)
                .containsExactly(
                        new FieldError("owner", "is not a known field"),
                        new FieldError("kind", "must be one of article, attachment, image"),
                        new FieldError("filename", "must be 1 to 200 printable characters"),
                        new FieldError("contentType", "is required"),
                        new FieldError("contentLength", "must be a positive integer (bytes)"));
    }

    @Test
    void refusesFilenamesWithControlCharactersOrTooLong() {
        assertThat(refused(body("filename", "a\r\nSet-Cookie: x.md")))
                .extracting(FieldError::field)
                .containsExactly("filename");
        assertThat(refused(body("filename", "x".repeat(201))))
                .extracting(FieldError::field)
                .containsExactly("filename");
        assertThat(refused(body("filename", 12))).extracting(FieldError::field).containsExactly("filename");
        assertThat(service.create(EDITOR, body("filename", "x".repeat(200))).uploadId())
                .isNotBlank();
    }

    @Test
    void refusesLengthsThatAreNotPositiveWholeBytes() {
        for (Object length : new Object[] {-1, 0, 1.5, "1200", new BigInteger("18446744073709551617"), true}) {
            assertThat(refused(body("contentLength", length)))
                    .as("contentLength %s", length)
                    .containsExactly(new FieldError("contentLength", "must be a positive integer (bytes)"));
        }
    }

    @Test
    void statusOfAnUnknownOrMalformedIdIsNotFound() {
        assertThatThrownBy(() -> service.status("abcdefghijklmnopqrstuvwxyz"))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> service.status("../etc/passwd"))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("No upload");
    }

    @Test
    void statusFollowsThePublishFunctionsVerdict() {
        String published = service.create(EDITOR, body()).uploadId();
        String rejected = service.create(EDITOR, body()).uploadId();
        table.markPublished(published, "art1", "/tin-tuc/2026/03/02/thong-bao/");
        table.markRejected(rejected, List.of(new FieldError("title", "is required")));

        assertThat(service.status(published).status()).isEqualTo(UploadsTable.PUBLISHED);
        assertThat(service.status(published).url()).isEqualTo("/tin-tuc/2026/03/02/thong-bao/");
        assertThat(service.status(rejected).status()).isEqualTo(UploadsTable.REJECTED);
        assertThat(service.status(rejected).errors()).containsExactly(new FieldError("title", "is required"));
        assertThat(table.expiresAt(published)).as("a verdict is kept").isEmpty();
    }
}
