package vn.gov.portal.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stands in for Cognito and API Gateway's JWT authorizer: a key generated at start signs editor
 * tokens, and {@link #verify} checks what the authorizer checks (RS256 signature, issuer,
 * audience, expiry and not-before), then hands the claims on as payload format 2.0 does.
 */
public final class LocalJwt {

    public static final String ISSUER = "http://127.0.0.1/local-cognito";
    public static final String AUDIENCE = "local-editor-tools";

    private final RSAKey key;
    private final Clock clock;

    public LocalJwt(Clock clock) {
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for a user in the given groups, valid for {@code ttl}. */
    public String issue(String username, List<String> groups, Duration ttl) {
        return sign(username, groups, ISSUER, AUDIENCE, clock.instant(), ttl, key);
    }

    public String editorToken(Duration ttl) {
        return issue("editor@local", List.of("editors"), ttl);
    }

    /** Signs arbitrary claims (tests use it for wrong audiences, expired tokens, other keys). */
    public static String sign(
            String username,
            List<String> groups,
            String issuer,
            String audience,
            Instant issuedAt,
            Duration ttl,
            RSAKey signingKey) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt.minusSeconds(1)))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .claim("cognito:username", username)
                .claim("token_use", "id");
        if (username.contains("@")) { // the pool signs in by e-mail, so Cognito's ID token carries it
            claims.claim("email", username);
        }
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groups);
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey key() {
        return key;
    }

    /**
     * The claims as API Gateway passes them to the function (strings; arrays as "[a b]"),
     * or empty when the authorizer would answer 401.
     */
    public Optional<Map<String, String>> verify(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String token = authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorizationHeader.substring(7).strip()
                : authorizationHeader.strip();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (!ISSUER.equals(claims.getIssuer())
                    || claims.getAudience() == null
                    || !claims.getAudience().contains(AUDIENCE)
                    || claims.getExpirationTime() == null
                    || !now.isBefore(claims.getExpirationTime().toInstant())
                    || (claims.getNotBeforeTime() != null
                            && now.isBefore(claims.getNotBeforeTime().toInstant()))) {
                return Optional.empty();
            }
            Map<String, String> out = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> out.put(name, render(value)));
            return Optional.of(out);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]";
        }
        if (value instanceof Date date) {
            return Long.toString(date.toInstant().getEpochSecond());
        }
        return String.valueOf(value);
    }
}
