package vn.gov.portal.common.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who an editor is, from the verified token: the subject (stable, never reused), the e-mail
 * (Cognito's ID token carries it; null when the token has none) and the name shown to people.
 */
public record Editor(String subject, String email, String name) {

    /** As the API shows an editor (audit entries, revisions). */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", subject);
        out.put("email", email);
        out.put("name", name);
        return out;
    }
}
