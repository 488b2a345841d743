package vn.gov.portal.common.http;

import java.util.Arrays;
import java.util.Map;
import vn.gov.portal.common.DomainException;

/**
 * Editor routes: API Gateway's JWT authorizer has already verified the token (signature, issuer,
 * audience, expiry) and passes its claims; the group check is ours, since an HTTP API authorizer
 * checks scopes, not Cognito groups.
 */
public final class Editors {

    public static final String GROUP = "editors";
    static final String GROUPS_CLAIM = "cognito:groups";

    private Editors() {}

    /** The editor's user name (the token's subject) or 401/403. */
    public static String require(ApiRequest request) {
        return identify(request).name();
    }

    /** The editor's identity from the token's claims (subject, e-mail, user name) or 401/403. */
    public static Editor identify(ApiRequest request) {
        Map<String, String> claims = request.claims();
        String subject = claims.get("sub");
        if (subject == null || subject.isBlank()) {
            throw new DomainException.Unauthorized("A valid editor token is required.");
        }
        if (!inGroup(claims.get(GROUPS_CLAIM), GROUP)) {
            throw new DomainException.Forbidden("Only members of the editors group may do this.");
        }
        String email = claims.get("email");
        return new Editor(
                subject,
                email == null || email.isBlank() ? null : email,
                claims.getOrDefault("cognito:username", subject));
    }

    /**
     * API Gateway renders an array claim as "[editors admins]" in payload format 2.0; a JSON
     * array or a comma list is accepted as well.
     */
    static boolean inGroup(String claim, String group) {
        if (claim == null) {
            return false;
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("[\\s,]+"))
                .map(s -> s.replace("\"", ""))
                .anyMatch(group::equals);
    }
}
