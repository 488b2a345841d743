package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes derived from one configured secret: captcha answers are stored only as
 * HMAC(captchaKey, id:answer), readers and clients only as HMAC(readerKey, ...). Without the
 * secret (which never leaves Secrets Manager and the function's memory) neither can be reversed
 * or guessed offline.
 *
 * <p>Rotation ({@link RotatingSecret}): new hashes use the current version; a captcha answer is
 * also checked against the previous version ({@link #captchaAnswers}), so captchas issued just
 * before a rotation stay answerable for their five minutes. Reader and client identities use the
 * current version only: a rotation makes every reader new (docs/operations.md).
 */
public final class HmacKeys {

    private record Derived(byte[] captchaKey, byte[] readerKey) {}

    private final RotatingSecret secret;
    private List<byte[]> derivedFrom;
    private List<Derived> derived;

    public HmacKeys(RotatingSecret secret) {
        this.secret = secret;
    }

    /** The keys of a secret that never rotates (tests, benchmarks). */
    public HmacKeys(byte[] secret) {
        this(RotatingSecret.fixed(secret));
        derived();
    }

    /** The versions' keys, current first; read from the secret on first use (not at init) and after rotations. */
    private synchronized List<Derived> derived() {
        List<byte[]> versions = secret.versions();
        if (versions != derivedFrom) {
            List<Derived> keys = new ArrayList<>();
            for (byte[] value : versions) {
                if (value.length < 32) {
                    throw new IllegalStateException("The ratings secret must have at least 32 bytes");
                }
                keys.add(new Derived(hmac(value, "captcha-answers"), hmac(value, "reader-identity")));
            }
            derived = List.copyOf(keys);
            derivedFrom = versions;
        }
        return derived;
    }

    /** The hash a captcha is stored with: under the current version. */
    public String captchaAnswer(String captchaId, String normalizedAnswer) {
        return captchaAnswer(derived().getFirst(), captchaId, normalizedAnswer);
    }

    /** The hashes an answer matches under every known version, current first. */
    public List<String> captchaAnswers(String captchaId, String normalizedAnswer) {
        return derived().stream()
                .map(d -> captchaAnswer(d, captchaId, normalizedAnswer))
                .toList();
    }

    /** Asks for the secret's versions again (rate-limited): a captcha matched none of the known ones. */
    public boolean refreshSoon() {
        return secret.refreshSoon();
    }

    private static String captchaAnswer(Derived keys, String captchaId, String normalizedAnswer) {
        return encode(hmac(keys.captchaKey(), captchaId + ":" + normalizedAnswer));
    }

    public String reader(String clientAddress, String readerToken) {
        return encode(hmac(derived().getFirst().readerKey(), "reader:" + clientAddress + "|" + readerToken));
    }

    public String client(String clientAddress) {
        return encode(hmac(derived().getFirst().readerKey(), "client:" + clientAddress));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
