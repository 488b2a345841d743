package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes derived from one configured secret: captcha answers are stored only as
 * HMAC(captchaKey, id:answer), readers and clients only as HMAC(readerKey, ...). Without the
 * secret (which never leaves Secrets Manager and the function's memory) neither can be reversed
 * or guessed offline.
 */
public final class Keys {

    private record Derived(byte[] captchaKey, byte[] readerKey) {}

    private final Supplier<byte[]> secret;
    private volatile Derived derived;

    public Keys(byte[] secret) {
        this.secret = () -> secret;
        derived();
    }

    private Keys(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /**
     * Keys from a secret read on first use, not at init: if the read fails (Secrets Manager
     * unreachable), that request fails with it and the next one reads again.
     */
    public static Keys readOnFirstUse(Supplier<byte[]> secret) {
        return new Keys(secret);
    }

    private Derived derived() {
        Derived d = derived;
        if (d == null) {
            synchronized (this) {
                if (derived == null) {
                    byte[] value = secret.get();
                    if (value.length < 32) {
                        throw new IllegalStateException("The ratings secret must have at least 32 bytes");
                    }
                    derived = new Derived(hmac(value, "captcha-answers"), hmac(value, "reader-identity"));
                }
                d = derived;
            }
        }
        return d;
    }

    public String captchaAnswer(String captchaId, String normalizedAnswer) {
        return encode(hmac(derived().captchaKey(), captchaId + ":" + normalizedAnswer));
    }

    public String reader(String clientAddress, String readerToken) {
        return encode(hmac(derived().readerKey(), "reader:" + clientAddress + "|" + readerToken));
    }

    public String client(String clientAddress) {
        return encode(hmac(derived().readerKey(), "client:" + clientAddress));
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
