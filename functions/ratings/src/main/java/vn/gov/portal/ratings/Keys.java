package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes derived from one configured secret: captcha answers are stored only as
 * HMAC(captchaKey, id:answer), readers and clients only as HMAC(readerKey, ...). Without the
 * secret (which never leaves Secrets Manager and the function's memory) neither can be reversed
 * or guessed offline.
 */
public final class Keys {

    private final byte[] captchaKey;
    private final byte[] readerKey;

    public Keys(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException("The ratings secret must have at least 32 bytes");
        }
        this.captchaKey = hmac(secret, "captcha-answers");
        this.readerKey = hmac(secret, "reader-identity");
    }

    public String captchaAnswer(String captchaId, String normalizedAnswer) {
        return encode(hmac(captchaKey, captchaId + ":" + normalizedAnswer));
    }

    public String reader(String clientAddress, String readerToken) {
        return encode(hmac(readerKey, "reader:" + clientAddress + "|" + readerToken));
    }

    public String client(String clientAddress) {
        return encode(hmac(readerKey, "client:" + clientAddress));
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
