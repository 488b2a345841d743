package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;

/** The local stand-in for Cognito's OAuth endpoints, over HTTP as the console uses them. */
class LocalOAuthTest {

    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-console-test";
    private static LocalJwt jwt;
    private static Gateway gateway;
    private static String origin;
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects

    @BeforeAll
    static void start() {
        jwt = new LocalJwt(Clock.systemUTC());
        gateway = new Gateway(
                "127.0.0.1",
                0,
                List.of(),
                jwt,
                null,
                "site",
                SiteBehaviour.of(Template.load(TestStack.ROOT.resolve("template.yaml"))),
                "000000000000",
                Clock.systemUTC(),
                Map.of());
        origin = "http://127.0.0.1:" + gateway.port();
        new LocalOAuth(jwt, origin, Clock.systemUTC()).mountOn(gateway);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(origin + path))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the page's form; returns the code the redirect carries. */
    private static String code(String group) throws Exception {
        HttpResponse<String> signedIn = post(
                "/oauth2/authorize",
                Map.of(
                        "client_id",
                        LocalJwt.AUDIENCE,
                        "redirect_uri",
                        origin + "/bien-tap/",
                        "state",
                        "s-123",
                        "code_challenge",
                        LocalOAuth.challenge(VERIFIER),
                        "code_challenge_method",
                        "S256",
                        "username",
                        "bientap@local",
                        "group",
                        group));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String location = signedIn.headers().firstValue("location").orElseThrow();
        assertThat(location).startsWith(origin + "/bien-tap/?code=").endsWith("&state=s-123");
        return URLDecoder.decode(
                location.substring(location.indexOf("code=") + 5, location.indexOf("&state")), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return post(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        LocalJwt.AUDIENCE,
                        "code",
                        code,
                        "redirect_uri",
                        origin + "/bien-tap/",
                        "code_verifier",
                        verifier));
    }

    @Test
    void theSignInPageAsksForPkceAndAnswersWithAFormForTheConsole() throws Exception {
        String query = "?response_type=code&client_id=" + LocalJwt.AUDIENCE + "&redirect_uri="
                + URLEncoder.encode(origin + "/bien-tap/", StandardCharsets.UTF_8) + "&state=x&scope=openid";
        assertThat(get("/oauth2/authorize" + query).statusCode()).isEqualTo(400); // no code challenge
        HttpResponse<String> page = get("/oauth2/authorize" + query + "&code_challenge_method=S256&code_challenge="
                + LocalOAuth.challenge(VERIFIER));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"username\">", "name=\"code_challenge\"", "lang=\"vi\"");
        assertThat(get("/oauth2/authorize" + query.replace("bien-tap", "elsewhere")
                                + "&code_challenge_method=S256&code_challenge=" + LocalOAuth.challenge(VERIFIER))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theRightVerifierGetsTokensTheGatewayAcceptsOnceAndTheRefreshTokenRenewsThem() throws Exception {
        String code = code("editors");
        HttpResponse<String> tokens = exchange(code, VERIFIER);
        assertThat(tokens.statusCode()).isEqualTo(200);
        Map<String, Object> body = Json.readObject(tokens.body());
        Map<String, String> claims =
                jwt.verify("Bearer " + body.get("id_token")).orElseThrow();
        assertThat(claims)
                .containsEntry("cognito:username", "bientap@local")
                .containsEntry("cognito:groups", "[editors]");
        assertThat(exchange(code, VERIFIER).statusCode())
                .as("a code is good once")
                .isEqualTo(400);

        HttpResponse<String> renewed = post(
                "/oauth2/token",
                Map.of("grant_type", "refresh_token", "client_id", LocalJwt.AUDIENCE, "refresh_token", (String)
                        body.get("refresh_token")));
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(jwt.verify("Bearer " + Json.readObject(renewed.body()).get("id_token")))
                .isPresent();
        assertThat(post(
                                "/oauth2/token",
                                Map.of(
                                        "grant_type",
                                        "refresh_token",
                                        "client_id",
                                        LocalJwt.AUDIENCE,
                                        "refresh_token",
                                        "forged"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aWrongVerifierIsRefusedAndSpendsTheCode() throws Exception {
        String code = code("editors");
        HttpResponse<String> refused = exchange(code, VERIFIER + "x");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
        assertThat(exchange(code, VERIFIER).statusCode()).isEqualTo(400);
    }

    @Test
    void aUserOutsideTheEditorsGroupGetsATokenWithoutTheGroup() throws Exception {
        Map<String, Object> body = Json.readObject(exchange(code(""), VERIFIER).body());
        assertThat(jwt.verify("Bearer " + body.get("id_token")).orElseThrow()).doesNotContainKey("cognito:groups");
    }

    @Test
    void logoutReturnsToTheConsoleOnlyAndTheJwksVerifiesTheTokens() throws Exception {
        HttpResponse<String> out = get("/logout?client_id=" + LocalJwt.AUDIENCE + "&logout_uri="
                + URLEncoder.encode(origin + "/bien-tap/", StandardCharsets.UTF_8));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("location")).hasValue(origin + "/bien-tap/");
        assertThat(get("/logout?client_id=" + LocalJwt.AUDIENCE + "&logout_uri=https://evil.example/")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> jwks = get(LocalOAuth.JWKS_PATH);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains(jwt.key().getKeyID()).doesNotContain("\"d\"");
    }
}
