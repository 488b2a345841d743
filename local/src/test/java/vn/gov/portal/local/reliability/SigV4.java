package vn.gov.portal.local.reliability;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 of a pre-signed S3 URL, computed from first principles (canonical
 * request, string to sign, derived key), independently of the SDK that signed it: if the
 * recomputation over the URL's own inputs gives the URL's signature, then the inputs it covers
 * (method, path, signed headers and their values) are exactly what S3 checks, and changing any
 * of them gives another signature.
 */
record SigV4(URI url, Map<String, String> query) {

    static SigV4 of(String url) {
        URI uri = URI.create(url);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), pair.substring(eq + 1)); // kept URI-encoded, as signed
        }
        return new SigV4(uri, query);
    }

    String signature() {
        return query.get("X-Amz-Signature");
    }

    String signedHeaders() {
        return query.get("X-Amz-SignedHeaders").replace("%3B", ";");
    }

    int expiresSeconds() {
        return Integer.parseInt(query.get("X-Amz-Expires"));
    }

    String host() {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    /** The signature of a PUT to {@code rawPath} with these header values, at this URL's date and scope. */
    String signPut(String secretKey, String rawPath, String contentType, long contentLength) {
        Map<String, String> headers = new TreeMap<>(
                Map.of("content-length", Long.toString(contentLength), "content-type", contentType, "host", host()));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders().split(";")) {
            canonicalHeaders
                    .append(name)
                    .append(':')
                    .append(headers.get(name).strip())
                    .append('\n');
        }
        StringBuilder canonicalQuery = new StringBuilder();
        new TreeMap<>(query).forEach((k, v) -> {
            if (!k.equals("X-Amz-Signature")) {
                canonicalQuery
                        .append(canonicalQuery.isEmpty() ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(v);
            }
        });
        String canonicalRequest = String.join(
                "\n", "PUT", rawPath, canonicalQuery, canonicalHeaders, signedHeaders(), "UNSIGNED-PAYLOAD");
        String[] credential = query.get("X-Amz-Credential").replace("%2F", "/").split("/");
        String date = credential[1];
        String scope = date + "/" + credential[2] + "/" + credential[3] + "/" + credential[4];
        String stringToSign =
                String.join("\n", "AWS4-HMAC-SHA256", query.get("X-Amz-Date"), scope, hex(sha256(canonicalRequest)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, credential[2]);
        key = hmac(key, credential[3]);
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
