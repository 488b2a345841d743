package vn.gov.portal.bench;

import java.time.Instant;
import java.util.Map;
import vn.gov.portal.common.http.HttpApiEvents;

/**
 * API Gateway HTTP API payload format 2.0 events, shaped like events/health-get.json (what
 * CloudFront and the API put in them), for any route: the cold-start processes answer these.
 * Built with the project's one event builder, {@link HttpApiEvents}.
 */
final class Events {

    private final HttpApiEvents.Builder event;
    private String forwardedFor = "203.113.128.10";
    private boolean editor;

    private Events(HttpApiEvents.Builder event) {
        this.event = event.header("accept", "application/json")
                .header("host", "d111111abcdef8.cloudfront.net")
                .header("user-agent", "Mozilla/5.0 (bench)")
                .header("x-forwarded-for", forwardedFor)
                .header("x-forwarded-port", "443")
                .header("x-forwarded-proto", "https");
    }

    /** {@code routePath} as in template.yaml ("/api/articles/{id}"), {@code rawPath} as requested. */
    static Events of(String method, String routePath, String rawPath) {
        return new Events(HttpApiEvents.request(method, rawPath).routeKey(method + " " + routePath));
    }

    Events query(String name, String value) {
        event.query(name, value);
        return this;
    }

    Events path(String name, String value) {
        event.pathParameter(name, value);
        return this;
    }

    Events header(String name, String value) {
        event.header(name, value);
        if (name.equals("x-forwarded-for")) {
            forwardedFor = value;
        }
        return this;
    }

    Events cookie(String cookie) {
        event.cookie(cookie);
        return this;
    }

    Events json(String json) {
        event.json(json);
        return this;
    }

    /** As if API Gateway's JWT authorizer had passed an editor's Cognito id token. */
    Events editor() {
        editor = true;
        event.header(
                "authorization",
                "Bearer eyJraWQiOiJleGFtcGxlIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJleGFtcGxlIn0.c2lnbmF0dXJl");
        return this;
    }

    String toJson() {
        Instant now = Instant.now();
        if (editor) {
            long issued = now.getEpochSecond();
            event.claims(Map.of(
                    "sub",
                    "3f1c6a52-7e0b-4d4e-9a31-0c2b8d3f5e11",
                    "cognito:groups",
                    "[editors]",
                    "cognito:username",
                    "bientap@molisa.gov.vn",
                    "email",
                    "bientap@molisa.gov.vn",
                    "token_use",
                    "id",
                    "iat",
                    Long.toString(issued),
                    "exp",
                    Long.toString(issued + 3600)));
        }
        return event.sourceIp(forwardedFor
                        .substring(forwardedFor.lastIndexOf(',') + 1)
                        .strip())
                .requestId("bench-" + System.nanoTime())
                .time(now)
                .toJson();
    }
}
