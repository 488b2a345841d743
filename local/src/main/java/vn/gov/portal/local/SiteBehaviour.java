package vn.gov.portal.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import vn.gov.portal.common.Json;

/**
 * The distribution's default (site) cache behaviour as the local gateway applies it: the
 * viewer-request CloudFront Function associated with it in template.yaml, run from the
 * template's own {@code FunctionCode} (Rhino, interpreted), then {@code DefaultRootObject} for
 * {@code /}. The rule lives in the template only; locally a URL answers what it answers at the edge.
 */
final class SiteBehaviour {

    /** What the viewer-request step decided. */
    sealed interface Outcome {}

    /** Read this URI (still percent-encoded, as CloudFront passes it to S3) from the site bucket. */
    record Fetch(String uri) implements Outcome {}

    /** Answer the viewer directly (the function returned a response). */
    record Respond(int status, Map<String, String> headers, String body) implements Outcome {}

    private final String functionId;
    private final Scriptable scope;
    private final Function handler;
    private final String defaultRootObject;

    private SiteBehaviour(String functionId, Scriptable scope, Function handler, String defaultRootObject) {
        this.functionId = functionId;
        this.scope = scope;
        this.handler = handler;
        this.defaultRootObject = defaultRootObject;
    }

    /** The first distribution's default behaviour (the template has one distribution). */
    static SiteBehaviour of(Template template) {
        var distribution = template.resourcesOfType("AWS::CloudFront::Distribution").values().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("template.yaml has no CloudFront distribution"));
        Map<String, Object> config =
                Template.map(Template.map(distribution.get("Properties")).get("DistributionConfig"));
        Object root = config.get("DefaultRootObject");
        Map<String, Object> behaviour = Template.map(config.get("DefaultCacheBehavior"));
        String functionId = null;
        for (Object association : list(behaviour.get("FunctionAssociations"))) {
            Map<String, Object> a = Template.map(association);
            if (!"viewer-request".equals(a.get("EventType"))
                    || !(Template.map(a.get("FunctionARN")).get("Fn::GetAtt") instanceof List<?> att)
                    || !"AWS::CloudFront::Function"
                            .equals(template.resources()
                                    .get(att.getFirst().toString())
                                    .get("Type"))) {
                throw new IllegalStateException("The local gateway runs only a viewer-request CloudFront Function of "
                        + "this template on the site behaviour, not " + a);
            }
            functionId = att.getFirst().toString();
        }
        if (functionId == null) {
            return new SiteBehaviour(null, null, null, root == null ? null : root.toString());
        }
        String code = String.valueOf(template.properties(functionId).get("FunctionCode"));
        try (Context cx = context()) {
            ScriptableObject shared = cx.initSafeStandardObjects(null, true);
            ScriptableObject scope = (ScriptableObject) cx.newObject(shared);
            scope.setPrototype(shared);
            scope.setParentScope(null);
            cx.evaluateString(scope, code, "template.yaml " + functionId, 1, null);
            if (!(scope.get("handler", scope) instanceof Function handler)) {
                throw new IllegalStateException(functionId + "'s FunctionCode defines no function handler(event)");
            }
            scope.sealObject(); // requests run it on many threads; only their own event objects change
            return new SiteBehaviour(functionId, scope, handler, root == null ? null : root.toString());
        }
    }

    /** The viewer-request step for a site request, as CloudFront runs it before reading the origin. */
    Outcome viewerRequest(String method, String rawPath, String rawQuery, Map<String, String> headers, String ip) {
        String uri = rawPath;
        if (handler != null) {
            Map<String, Object> result;
            try (Context cx = context()) {
                Object event = NativeJSON.parse(
                        cx,
                        scope,
                        Json.write(event(method, rawPath, rawQuery, headers, ip)),
                        (c, s, thisObj, args) -> args[1]);
                Object returned = handler.call(cx, scope, scope, new Object[] {event});
                result = Json.readObject(String.valueOf(NativeJSON.stringify(cx, scope, returned, null, null)));
            } catch (RhinoException | IOException e) {
                // what CloudFront answers when a function throws or returns something it cannot read
                System.out.println(functionId + " failed: " + e.getMessage());
                return new Respond(503, Map.of("content-type", "text/plain; charset=utf-8"), "FunctionExecutionError");
            }
            if (result.get("statusCode") instanceof Number status) {
                Map<String, String> out = new LinkedHashMap<>();
                Template.map(result.get("headers"))
                        .forEach((name, value) ->
                                out.put(name, String.valueOf(Template.map(value).get("value"))));
                Object body = result.get("body");
                return new Respond(
                        status.intValue(),
                        out,
                        body instanceof Map<?, ?> b
                                ? String.valueOf(b.get("data"))
                                : body == null ? "" : body.toString());
            }
            uri = String.valueOf(result.get("uri"));
        }
        return new Fetch(uri.equals("/") && defaultRootObject != null ? "/" + defaultRootObject : uri);
    }

    /** CloudFront Functions' event (version 1.0) for a viewer request. */
    private static Map<String, Object> event(
            String method, String rawPath, String rawQuery, Map<String, String> headers, String ip) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (!pair.isEmpty()) { // names and values as the viewer sent them, still encoded
                int eq = pair.indexOf('=');
                values.computeIfAbsent(eq < 0 ? pair : pair.substring(0, eq), n -> new ArrayList<>())
                        .add(eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        Map<String, Object> query = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", list.getFirst());
            if (list.size() > 1) {
                entry.put(
                        "multiValue", list.stream().map(v -> Map.of("value", v)).toList());
            }
            query.put(name, entry);
        });
        Map<String, Object> headerMap = new LinkedHashMap<>();
        Map<String, Object> cookies = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name.equals("cookie")) {
                for (String cookie : value.split(";")) {
                    int eq = cookie.indexOf('=');
                    if (eq > 0) {
                        cookies.put(
                                cookie.substring(0, eq).strip(),
                                Map.of("value", cookie.substring(eq + 1).strip()));
                    }
                }
            } else {
                headerMap.put(name, Map.of("value", value));
            }
        });
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method);
        request.put("uri", rawPath);
        request.put("querystring", query);
        request.put("headers", headerMap);
        request.put("cookies", cookies);
        return Map.of(
                "version",
                "1.0",
                "context",
                Map.of("eventType", "viewer-request"),
                "viewer",
                Map.of("ip", ip),
                "request",
                request);
    }

    private static Context context() {
        Context cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInterpretedMode(true);
        return cx;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
