package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Ids;
import vn.gov.portal.local.Emulator;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.LocalPortal;
import vn.gov.portal.local.TestStack;

/**
 * A ratings function whose container starts while Secrets Manager is unreachable answers 503
 * with Retry-After (not a failed init, not a 500), and the same container reads the secret on
 * the next request once Secrets Manager is back: nothing is cached from the failed read.
 */
class SecretsColdStartTest {

    @Test
    void aColdStartWithoutSecretsManagerIs503AndTheNextRequestReadsTheSecretAgain() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Emulator emulator = TestStack.ownEmulator(port);
        LocalPortal portal = TestStack.portal(emulator);
        try {
            Http http = new Http(portal.baseUrl());
            String unknown = Ids.newId();
            // No ratings route was called yet: each function's container starts during the outage.
            emulator.close();
            Map<String, Http.Response> cold = new LinkedHashMap<>();
            cold.put("POST /api/captchas", http.post("/api/captchas", "", "x-forwarded-for", "198.51.100.9"));
            cold.put(
                    "POST /api/articles/{id}/ratings",
                    http.post(
                            "/api/articles/" + unknown + "/ratings",
                            "{\"stars\":5,\"captchaId\":\"" + Ids.newId() + "\",\"captchaAnswer\":\"ACEHJ\"}",
                            "content-type",
                            "application/json",
                            "x-forwarded-for",
                            "198.51.100.9"));
            for (var entry : cold.entrySet()) {
                Http.Response r = entry.getValue();
                assertThat(r.status()).as(entry.getKey() + ": " + r.body()).isEqualTo(503);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.header("retry-after")).matches("[1-9][0-9]*");
                assertThat(r.body()).doesNotContain("Exception", "\tat ", "vn.gov.");
            }

            emulator = TestStack.ownEmulator(port); // back, empty: secrets generated again
            portal.redeploy();
            Http.Response captcha = http.post("/api/captchas", "", "x-forwarded-for", "198.51.100.9");
            assertThat(captcha.status())
                    .as("the same container, secret read now: " + captcha.body())
                    .isEqualTo(201);
            Http.Response vote = http.post(
                    "/api/articles/" + unknown + "/ratings",
                    "{\"stars\":5,\"captchaId\":\"" + Ids.newId() + "\",\"captchaAnswer\":\"ACEHJ\"}",
                    "content-type",
                    "application/json",
                    "x-forwarded-for",
                    "198.51.100.9");
            assertThat(vote.status())
                    .as("a vote reaches its own checks: " + vote.body())
                    .isBetween(400, 499);
        } finally {
            portal.close();
            emulator.close();
        }
    }
}
