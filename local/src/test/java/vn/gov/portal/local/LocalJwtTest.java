package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emulated JWT authorizer refuses exactly what API Gateway's would. */
class LocalJwtTest {

    private final LocalJwt jwt = new LocalJwt(Clock.systemUTC());

    @Test
    void acceptsItsOwnEditorTokenAndRendersGroupsLikeApiGateway() {
        var claims = jwt.verify("Bearer " + jwt.editorToken(Duration.ofMinutes(5)));
        assertThat(claims).isPresent();
        assertThat(claims.get())
                .containsEntry("cognito:groups", "[editors]")
                .containsEntry("cognito:username", "editor@local");
    }

    @Test
    void refusesMissingMalformedExpiredForeignAndMisaddressedTokens() throws Exception {
        Instant now = Instant.now();
        var otherKey = new RSAKeyGenerator(2048).keyID("other").generate();
        assertThat(jwt.verify(null)).isEmpty();
        assertThat(jwt.verify("Bearer not.a.jwt")).isEmpty();
        assertThat(jwt.verify("Bearer "
                        + LocalJwt.sign(
                                "e",
                                List.of("editors"),
                                LocalJwt.ISSUER,
                                LocalJwt.AUDIENCE,
                                now.minusSeconds(7200),
                                Duration.ofHours(1),
                                jwt.key())))
                .as("expired")
                .isEmpty();
        assertThat(jwt.verify("Bearer "
                        + LocalJwt.sign(
                                "e",
                                List.of("editors"),
                                LocalJwt.ISSUER,
                                "someone-else",
                                now,
                                Duration.ofHours(1),
                                jwt.key())))
                .as("wrong audience")
                .isEmpty();
        assertThat(jwt.verify("Bearer "
                        + LocalJwt.sign(
                                "e",
                                List.of("editors"),
                                "https://evil.example",
                                LocalJwt.AUDIENCE,
                                now,
                                Duration.ofHours(1),
                                jwt.key())))
                .as("wrong issuer")
                .isEmpty();
        assertThat(jwt.verify("Bearer "
                        + LocalJwt.sign(
                                "e",
                                List.of("editors"),
                                LocalJwt.ISSUER,
                                LocalJwt.AUDIENCE,
                                now,
                                Duration.ofHours(1),
                                otherKey)))
                .as("bad signature")
                .isEmpty();
    }
}
