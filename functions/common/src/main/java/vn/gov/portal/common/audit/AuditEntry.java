package vn.gov.portal.common.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.portal.common.http.Editor;

/**
 * One recorded editor action: who (from the token), when, what was attempted on which target,
 * and how it ended. {@code details} holds a few short facts (an URL, a title, the reasons of a
 * rejection), never a document.
 *
 * @param action what was attempted, e.g. {@code upload.request}, {@code article.unpublish}
 * @param target the kind and id of what it was done to, e.g. {@code article/7kq3…}
 * @param outcome how it ended, e.g. {@code accepted}, {@code published}, {@code rejected}
 */
public record AuditEntry(
        String id,
        Instant at,
        Editor editor,
        String action,
        String target,
        String outcome,
        Map<String, String> details) {

    public AuditEntry {
        Map<String, String> present = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (v != null) {
                    present.put(k, v);
                }
            });
        }
        details = Collections.unmodifiableMap(present);
    }
}
