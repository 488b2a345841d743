package vn.gov.portal.local;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.portal.common.ConsoleConfig;
import vn.gov.portal.common.Json;

/**
 * Stands in for the Cognito user pool domain's OAuth 2.0 endpoints, so the editor console signs in
 * the same way locally as on AWS: {@code GET /oauth2/authorize} shows a small sign-in page,
 * {@code POST /oauth2/authorize} answers it with a one-time code, {@code POST /oauth2/token} trades
 * the code (PKCE S256 verified) or a refresh token for tokens signed by {@link LocalJwt}'s key,
 * {@code GET /logout} ends the session, and the issuer's JWKS is served at
 * {@code /local-cognito/.well-known/jwks.json}. Any name signs in (there is no password locally);
 * the page's group choice lets one try a user who is not an editor.
 */
public final class LocalOAuth {

    public static final String JWKS_PATH = "/local-cognito/.well-known/jwks.json";
    static final Duration CODE_TTL = Duration.ofMinutes(5);
    static final Duration TOKEN_TTL = Duration.ofHours(1);
    static final Duration REFRESH_TTL = Duration.ofDays(1);

    private record Grant(String username, List<String> groups, String redirectUri, String challenge, Instant expires) {}

    private final LocalJwt jwt;
    private final String origin;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    /** {@code origin}: the site's, where the console lives; only redirects into it are allowed. */
    public LocalOAuth(LocalJwt jwt, String origin, Clock clock) {
        this.jwt = jwt;
        this.origin = origin;
        this.clock = clock;
    }

    /** Serves these paths on the gateway. */
    public void mountOn(Gateway gateway) {
        gateway.mount("/oauth2/", this::serve);
        gateway.mount("/logout", this::serve);
        gateway.mount(JWKS_PATH, this::serve);
    }

    /** What the console reads from /bien-tap/config.json locally (on AWS the SiteAssets resource writes it). */
    public Map<String, Object> consoleConfig() {
        return ConsoleConfig.of(origin, LocalJwt.AUDIENCE, LocalJwt.ISSUER);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/oauth2/authorize") && method.equals("GET")) {
                authorizePage(exchange, query(exchange.getRequestURI().getRawQuery()));
            } else if (path.equals("/oauth2/authorize") && method.equals("POST")) {
                signIn(exchange, query(body(exchange)));
            } else if (path.equals("/oauth2/token") && method.equals("POST")) {
                token(exchange, query(body(exchange)));
            } else if (path.equals("/logout") && method.equals("GET")) {
                logout(exchange, query(exchange.getRequestURI().getRawQuery()));
            } else if (path.equals(JWKS_PATH) && method.equals("GET")) {
                send(exchange, 200, "application/json", new JWKSet(jwt.key().toPublicJWK()).toString());
            } else {
                send(exchange, 404, "application/json", "{\"error\":\"not_found\"}");
            }
        }
    }

    private void authorizePage(HttpExchange exchange, Map<String, String> q) throws IOException {
        Optional<String> problem = authorizeProblem(q);
        if (problem.isPresent()) {
            send(exchange, 400, "text/plain; charset=utf-8", problem.get());
            return;
        }
        StringBuilder hidden = new StringBuilder();
        for (String name :
                List.of("client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method", "scope")) {
            hidden.append("<input type=\"hidden\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(escape(q.getOrDefault(name, "")))
                    .append("\">\n");
        }
        send(exchange, 200, "text/html; charset=utf-8", """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>Đăng nhập (máy cục bộ)</title>
                <link rel="icon" href="/assets/emblem.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/site.css"></head>
                <body><main id="noi-dung"><h1>Đăng nhập biên tập (máy cục bộ)</h1>
                <p>Trên máy cục bộ không cần mật khẩu; trên AWS, trang này là trang đăng nhập của Cognito.</p>
                <form method="post" action="/oauth2/authorize">
                %s<p><label for="username">Tên đăng nhập (email)</label><br>
                <input id="username" name="username" type="email" value="editor@local" required autocomplete="username"></p>
                <p><label for="group">Nhóm</label><br><select id="group" name="group">
                <option value="editors">editors (biên tập viên)</option><option value="">không thuộc nhóm nào</option></select></p>
                <p><button type="submit" id="sign-in">Đăng nhập</button></p>
                </form></main></body></html>
                """.formatted(hidden));
    }

    private Optional<String> authorizeProblem(Map<String, String> q) {
        if (!LocalJwt.AUDIENCE.equals(q.get("client_id"))) {
            return Optional.of("unknown client_id");
        }
        if (q.containsKey("response_type") && !"code".equals(q.get("response_type"))) {
            return Optional.of("response_type must be code");
        }
        String redirect = q.getOrDefault("redirect_uri", "");
        if (!redirect.startsWith(origin + "/bien-tap/")) {
            return Optional.of("redirect_uri must be the console at " + origin + "/bien-tap/");
        }
        if (!"S256".equals(q.get("code_challenge_method"))
                || q.getOrDefault("code_challenge", "").length() < 43) {
            return Optional.of("PKCE is required: code_challenge with code_challenge_method S256");
        }
        return Optional.empty();
    }

    private void signIn(HttpExchange exchange, Map<String, String> form) throws IOException {
        Optional<String> problem = authorizeProblem(form);
        String username = form.getOrDefault("username", "").strip();
        if (problem.isPresent() || username.isEmpty()) {
            send(exchange, 400, "text/plain; charset=utf-8", problem.orElse("username is required"));
            return;
        }
        List<String> groups = form.getOrDefault("group", "").isEmpty() ? List.of() : List.of(form.get("group"));
        String code = randomToken();
        codes.put(
                code,
                new Grant(
                        username,
                        groups,
                        form.get("redirect_uri"),
                        form.get("code_challenge"),
                        clock.instant().plus(CODE_TTL)));
        String location = form.get("redirect_uri") + (form.get("redirect_uri").contains("?") ? "&" : "?") + "code="
                + encode(code) + (form.containsKey("state") ? "&state=" + encode(form.get("state")) : "");
        exchange.getResponseHeaders().add("location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!LocalJwt.AUDIENCE.equals(form.get("client_id"))) {
            tokenError(exchange, "invalid_client");
            return;
        }
        Grant grant;
        String refresh;
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                grant = codes.remove(form.getOrDefault("code", ""));
                if (grant == null
                        || grant.expires().isBefore(clock.instant())
                        || !grant.redirectUri().equals(form.get("redirect_uri"))
                        || !grant.challenge().equals(challenge(form.getOrDefault("code_verifier", "")))) {
                    tokenError(exchange, "invalid_grant");
                    return;
                }
                refresh = randomToken();
                refreshTokens.put(
                        refresh,
                        new Grant(
                                grant.username(),
                                grant.groups(),
                                grant.redirectUri(),
                                "",
                                clock.instant().plus(REFRESH_TTL)));
            }
            case "refresh_token" -> {
                grant = refreshTokens.get(form.getOrDefault("refresh_token", ""));
                if (grant == null || grant.expires().isBefore(clock.instant())) {
                    tokenError(exchange, "invalid_grant");
                    return;
                }
                refresh = null; // as Cognito: the refresh token stays the same
            }
            default -> {
                tokenError(exchange, "unsupported_grant_type");
                return;
            }
        }
        String idToken = jwt.issue(grant.username(), grant.groups(), TOKEN_TTL);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id_token", idToken);
        out.put("access_token", idToken);
        if (refresh != null) {
            out.put("refresh_token", refresh);
        }
        out.put("expires_in", TOKEN_TTL.toSeconds());
        out.put("token_type", "Bearer");
        exchange.getResponseHeaders().add("cache-control", "no-store");
        send(exchange, 200, "application/json", Json.write(out));
    }

    private void logout(HttpExchange exchange, Map<String, String> q) throws IOException {
        String to = q.getOrDefault("logout_uri", "");
        if (!LocalJwt.AUDIENCE.equals(q.get("client_id")) || !to.startsWith(origin + "/bien-tap/")) {
            send(exchange, 400, "text/plain; charset=utf-8", "client_id and a logout_uri in the console are required");
            return;
        }
        exchange.getResponseHeaders().add("location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    /** The S256 code challenge of a verifier: base64url(SHA-256(verifier)), no padding. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void tokenError(HttpExchange exchange, String error) throws IOException {
        send(exchange, 400, "application/json", "{\"error\":\"" + error + "\"}");
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readNBytes(16 * 1024), StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
