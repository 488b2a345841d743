package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import vn.gov.portal.common.http.ApiRequest;

/**
 * Proof that a request came through the CloudFront distribution: CloudFront adds the header
 * {@code X-Origin-Verify} with the value of OriginVerifySecret (template.yaml), which readers
 * never see. Only then are its forwarded addresses the viewer's; a caller of the execute-api URL
 * writes them as it likes.
 *
 * <p>Rotation: both the current and the previous version of the secret are accepted
 * ({@link RotatingSecret}), so CloudFront may switch to the new value at any time
 * (docs/operations.md). The secret is read on the first request presenting the header, its
 * previous version on the first request presenting another value.
 */
public final class OriginSecret {

    public static final String HEADER = "x-origin-verify";

    private final RotatingSecret secret;

    public OriginSecret(RotatingSecret secret) {
        this.secret = secret;
    }

    /** Whether the request carries the value CloudFront adds (current or previous version). */
    public boolean proves(ApiRequest request) {
        Optional<String> presented = request.header(HEADER);
        if (presented.isEmpty()) {
            return false;
        }
        byte[] value = presented.get().getBytes(StandardCharsets.UTF_8);
        // a value no known version has: the previous version (read once) or a newer one (rate-limited re-read)
        return isKnown(value) || (secret.refreshSoon() && isKnown(value));
    }

    private boolean isKnown(byte[] value) {
        return secret.versions().stream().anyMatch(a -> MessageDigest.isEqual(a, value));
    }
}
