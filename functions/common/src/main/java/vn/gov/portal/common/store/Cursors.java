package vn.gov.portal.common.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Json;

/**
 * Opaque list cursors: a small map of strings (e.g. a month and DynamoDB's last evaluated key)
 * as base64url JSON. A cursor that does not decode is the client's error (400), never ours.
 */
public final class Cursors {

    private static final int MAX_LENGTH = 2048;

    private Cursors() {}

    public static String encode(Map<String, String> position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Json.write(position).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, String> decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            Map<String, Object> raw =
                    Json.readObject(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            Map<String, String> out = new LinkedHashMap<>();
            for (var e : raw.entrySet()) {
                if (!(e.getValue() instanceof String s)) {
                    throw invalid();
                }
                out.put(e.getKey(), s);
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainException.Invalid invalid() {
        return new DomainException.Invalid("cursor", "is not a cursor this API gave out");
    }
}
