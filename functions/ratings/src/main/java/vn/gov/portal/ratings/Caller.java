package vn.gov.portal.ratings;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.portal.common.http.ApiRequest;

/**
 * Who is asking: the client's address and the first-party reader token the browser keeps in a
 * cookie. Behind CloudFront the API sees CloudFront's address; CloudFront appends the viewer's
 * address to X-Forwarded-For, so its last entry is the one a viewer cannot forge. That holds
 * only for requests that came through the distribution ({@link OriginSecret}): on a direct call
 * to the execute-api URL the header is the caller's to write, and the address is the connection's.
 */
public record Caller(String address, Optional<String> readerToken, boolean https) {

    public static final String COOKIE = "rid";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code throughDistribution}: the request proved it came through CloudFront. */
    public static Caller of(ApiRequest request, boolean throughDistribution) {
        String address = !throughDistribution
                ? request.sourceIp()
                : request.header("x-forwarded-for")
                        .map(xff -> xff.substring(xff.lastIndexOf(',') + 1).strip())
                        .filter(a -> !a.isEmpty())
                        .orElse(request.sourceIp());
        Optional<String> token = request.cookies().stream()
                .filter(c -> c.startsWith(COOKIE + "="))
                .map(c -> c.substring(COOKIE.length() + 1))
                .filter(t -> TOKEN.matcher(t).matches())
                .findFirst();
        boolean https = request.header("x-forwarded-proto")
                .map("https"::equalsIgnoreCase)
                .orElse(false);
        return new Caller(address, token, https);
    }

    /** A new random reader token (128 bits). */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that keeps a reader token for a year, for the API only, never readable by scripts. */
    public String cookie(String token) {
        return COOKIE + "=" + token + "; Path=/api; Max-Age=31536000; HttpOnly; SameSite=Strict"
                + (https ? "; Secure" : "");
    }
}
