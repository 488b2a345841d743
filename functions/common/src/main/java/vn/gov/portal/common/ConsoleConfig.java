package vn.gov.portal.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editor console's {@code /bien-tap/config.json}: where it signs in, and the upload limits it
 * checks before sending a file, taken from {@link UploadKind} so the console holds no copy of
 * them. Written by the SiteAssets custom resource on AWS and by the local stack, from this one
 * builder.
 */
public final class ConsoleConfig {

    public static final String PATH = "/bien-tap/config.json";

    private ConsoleConfig() {}

    public static Map<String, Object> of(Object authUrl, Object clientId, Object issuer) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("authUrl", authUrl);
        config.put("clientId", clientId);
        config.put("issuer", issuer);
        config.put("uploads", uploadLimits());
        return config;
    }

    /** {@code {"article": {"contentTypes": [...], "maxBytes": n}, ...}}, types sorted. */
    public static Map<String, Object> uploadLimits() {
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (UploadKind kind : UploadKind.values()) {
            Map<String, Object> limit = new LinkedHashMap<>();
            limit.put("contentTypes", kind.contentTypes().stream().sorted().toList());
            limit.put("maxBytes", kind.maxBytes());
            kinds.put(kind.wireName(), limit);
        }
        return kinds;
    }
}
