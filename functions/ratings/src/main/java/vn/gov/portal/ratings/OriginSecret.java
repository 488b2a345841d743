package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import vn.gov.portal.common.http.ApiRequest;

/**
 * Proof that a request came through the CloudFront distribution: CloudFront adds the header
 * {@code X-Origin-Verify} with the value of OriginVerifySecret (template.yaml), which readers
 * never see. Only then are its forwarded addresses the viewer's; a caller of the execute-api URL
 * writes them as it likes.
 *
 * <p>Rotation: both the current and the previous version of the secret are accepted, and they
 * are re-read every few minutes, so CloudFront may switch to the new value at any time
 * (docs/operations.md). The secret is read on the first request presenting the header, not at
 * init: an unreachable Secrets Manager fails that request (503), and the next one reads again.
 */
public final class OriginSecret {

    public static final String HEADER = "x-origin-verify";
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final SecretsManagerClient secrets;
    private final String secretId;
    private final Clock clock;
    private List<byte[]> accepted;
    private Instant readAt = Instant.MIN;

    private OriginSecret(SecretsManagerClient secrets, String secretId, Clock clock) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.clock = clock;
    }

    /** The proof configured by ORIGIN_SECRET_ARN, or none (no request is then proven). */
    public static Optional<OriginSecret> of(SecretsManagerClient secrets, Optional<String> secretId, Clock clock) {
        return secretId.filter(id -> !id.isBlank()).map(id -> new OriginSecret(secrets, id, clock));
    }

    /** Whether the request carries the value CloudFront adds (current or previous version). */
    public boolean proves(ApiRequest request) {
        Optional<String> presented = request.header(HEADER);
        if (presented.isEmpty()) {
            return false;
        }
        byte[] value = presented.get().getBytes(StandardCharsets.UTF_8);
        return accepted().stream().anyMatch(a -> MessageDigest.isEqual(a, value));
    }

    private synchronized List<byte[]> accepted() {
        if (accepted == null || clock.instant().isAfter(readAt.plus(REFRESH))) {
            try {
                List<byte[]> values = new ArrayList<>();
                values.add(read("AWSCURRENT").orElseThrow().getBytes(StandardCharsets.UTF_8));
                read("AWSPREVIOUS").ifPresent(v -> values.add(v.getBytes(StandardCharsets.UTF_8)));
                accepted = values;
                readAt = clock.instant();
            } catch (RuntimeException e) {
                if (accepted == null) {
                    throw e; // nothing to check against yet: the request fails (503), the next one reads again
                }
                // keep the values read before; try again on a later request
            }
        }
        return accepted;
    }

    private Optional<String> read(String stage) {
        try {
            return Optional.ofNullable(secrets.getSecretValue(r -> r.secretId(secretId).versionStage(stage)).secretString());
        } catch (ResourceNotFoundException noSuchVersion) {
            return Optional.empty(); // no previous version before the first rotation
        }
    }
}
