package vn.gov.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Json;

class UploadResponsesTest {

    @Test
    void aStatusLeavesOutWhatItsStateDoesNotHave() {
        assertThat(Json.write(
                        new UploadResponses.Status("u1", "article", "pending", null, null, null, null, null, null)))
                .isEqualTo("{\"uploadId\":\"u1\",\"kind\":\"article\",\"status\":\"pending\"}");
        assertThat(Json.write(new UploadResponses.Status(
                        "u1",
                        "article",
                        "rejected",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new FieldError("title", "is required")))))
                .isEqualTo("{\"uploadId\":\"u1\",\"kind\":\"article\","
                        + "\"status\":\"rejected\",\"errors\":[{\"field\":\"title\",\"message\":\"is required\"}]}");
        assertThat(Json.write(new UploadResponses.Status(
                        "u1", "article", "published", "a1", "/2026/01/01/x.html", null, null, null, null)))
                .isEqualTo("{\"uploadId\":\"u1\",\"kind\":\"article\",\"status\":\"published\","
                        + "\"articleId\":\"a1\",\"url\":\"/2026/01/01/x.html\"}");
    }

    @Test
    void aCreatedUploadSaysHowToPut() {
        assertThat(Json.write(new UploadResponses.Created(
                        "u1", "https://s3/x", "PUT", Map.of("content-type", "text/markdown"), "2026-01-01T00:15:00Z")))
                .isEqualTo("{\"uploadId\":\"u1\",\"uploadUrl\":\"https://s3/x\",\"method\":\"PUT\","
                        + "\"headers\":{\"content-type\":\"text/markdown\"},\"expiresAt\":\"2026-01-01T00:15:00Z\"}");
        assertThat(Json.write(new UploadResponses.Accepted("u1", "pending")))
                .isEqualTo("{\"uploadId\":\"u1\",\"status\":\"pending\"}");
    }
}
