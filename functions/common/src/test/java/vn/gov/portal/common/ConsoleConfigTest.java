package vn.gov.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleConfigTest {

    @Test
    void theConsoleGetsWhereToSignInAndEveryUploadKindsLimits() {
        Map<String, Object> config = ConsoleConfig.of("https://auth.example", "client", "https://issuer.example");
        assertThat(config)
                .containsEntry("authUrl", "https://auth.example")
                .containsEntry("clientId", "client")
                .containsEntry("issuer", "https://issuer.example");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> uploads = (Map<String, Map<String, Object>>) config.get("uploads");
        assertThat(uploads).containsOnlyKeys("article", "attachment", "image");
        assertThat(uploads.get("image"))
                .containsEntry("maxBytes", 10L << 20)
                .containsEntry("contentTypes", List.of("image/jpeg", "image/png", "image/webp"));
        assertThat(uploads.get("article")).containsEntry("maxBytes", 1L << 20);
        assertThat(Json.write(config))
                .contains("\"attachment\":{\"contentTypes\":[\"application/msword\",\"application/pdf\"");
    }
}
