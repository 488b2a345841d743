package vn.gov.portal.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.http.Editor;

class UploadBuilderTest {

    @Test
    void aNewUploadIsPendingWithNoErrors() {
        UploadsTable.Upload upload = UploadsTable.Upload.builder()
                .uploadId("u")
                .kind("article")
                .filename("a.md")
                .contentType("text/markdown")
                .contentLength(10)
                .key("incoming/u")
                .createdAt(Instant.EPOCH)
                .requestedBy(new Editor("sub", "a@b.vn", "An"))
                .build();
        assertThat(upload.status()).isEqualTo(UploadsTable.PENDING);
        assertThat(upload.errors()).isEmpty();
        assertThat(upload.requestedBy()).isEqualTo(new Editor("sub", "a@b.vn", "An"));
        assertThat(upload.preview()).isNull();
        assertThat(upload.draftApproved()).isFalse();
    }

    @Test
    void aCopyKeepsEveryField() throws Exception {
        // every string field holds its own name, so a field passed to the wrong place shows
        UploadsTable.Upload full = UploadsTable.Upload.builder()
                .uploadId("uploadId")
                .kind("kind")
                .filename("filename")
                .contentType("contentType")
                .contentLength(10)
                .key("key")
                .status("status")
                .createdAt(Instant.EPOCH)
                .requestedBy(new Editor("sub", "a@b.vn", "An"))
                .errors(List.of(new FieldError("title", "is required")))
                .articleId("articleId")
                .url("url")
                .preview(new UploadsTable.Preview("t", Instant.EPOCH))
                .draftApproved(true)
                .scheduledAt(Instant.EPOCH.plusSeconds(1))
                .scheduleDue(true)
                .image(new UploadsTable.ImageMeta(4, 3, List.of(2)))
                .build();
        for (RecordComponent c : UploadsTable.Upload.class.getRecordComponents()) {
            Object value = c.getAccessor().invoke(full);
            assertThat(value).as(c.getName()).isNotIn(null, false, 0L);
            if (c.getType() == String.class) {
                assertThat(value).as(c.getName()).isEqualTo(c.getName());
            }
        }
        assertThat(List.of(full.createdAt(), full.scheduledAt()))
                .containsExactly(Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().status(UploadsTable.PUBLISHED).build().status())
                .isEqualTo(UploadsTable.PUBLISHED);
    }
}
