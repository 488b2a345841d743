package vn.gov.portal.common.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.crac.Core;
import org.crac.Resource;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.aws.Dependencies;

/**
 * Base of every API route's handler: turns the event into an {@link ApiRequest}, calls
 * {@link #handle}, and maps domain errors to problem+json. A failing dependency (the emulator
 * or AWS unreachable, throttled past the SDK's retries) is a 503 with Retry-After; anything
 * unexpected is a 500 without internals, logged with the request id.
 *
 * <p>SnapStart: before the snapshot, {@link #primingEvent()} is sent through the handler once, so
 * the snapshot holds loaded and initialized classes (JSON, event mapping, SDK marshalling and
 * HTTP connection for a read) instead of paying for them on the first request after restore.
 * The priming event carries no credentials and an unknown id, so it only ever reads.
 *
 * <p>The runtime calls it as a stream handler: the event's JSON is read and the response written
 * by {@link ApiEvents} with our own JSON codec, so the runtime's event serializers are never loaded
 * (they were most of a cold start's first invoke). Tests and the local stack may call the typed
 * {@link #handleRequest(APIGatewayV2HTTPEvent, Context)}; both run the same code.
 */
public abstract class ApiHandler implements RequestStreamHandler, Resource {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** Well formed, never issued: look-ups with it find nothing. */
    private static final String UNKNOWN_ID = "aaaaaaaaaaaaaaaaaaaaaaaaaa";
    /** Primes the event reader (only parsed, never handled). */
    private static final byte[] PRIMING_JSON =
            ("{\"version\":\"2.0\",\"rawPath\":\"/api/priming\",\"headers\":{\"a\":\"b\"},"
                            + "\"requestContext\":{\"http\":{\"method\":\"GET\"},\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"x\"}}}}}")
                    .getBytes(StandardCharsets.UTF_8);

    @SuppressWarnings("this-escape") // the checkpoint runs long after construction ends
    protected ApiHandler() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        APIGatewayV2HTTPEvent event = primingEvent();
        if (event != null) {
            try {
                ApiEvents.read(new ByteArrayInputStream(PRIMING_JSON));
                ApiEvents.write(handleRequest(event, null), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to reopen: SDK clients reconnect on demand and re-read credentials when due
    }

    /**
     * The event sent through the handler before a SnapStart snapshot: no token (editor routes
     * answer 401), a body that is not JSON (writes are refused with 400 before any storage
     * call) and an unknown id (reads find nothing). Handlers whose route writes without a body
     * return null and prime their own way.
     */
    protected APIGatewayV2HTTPEvent primingEvent() {
        return HttpApiEvents.request("GET", "/api/priming")
                .header("content-type", "application/json")
                .pathParameter("id", UNKNOWN_ID)
                .pathParameter("uploadId", UNKNOWN_ID)
                .body("{")
                .requestId("priming")
                .build();
    }

    protected abstract ApiResponse handle(ApiRequest request);

    /** What the Lambda runtime calls (the stream overload wins over the typed one). */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ApiEvents.write(handleRequest(ApiEvents.read(input), context), output);
    }

    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = context == null ? "" : context.getAwsRequestId();
        LambdaLogger log = context == null ? null : context.getLogger();
        try {
            return handle(ApiRequest.from(event)).toEvent();
        } catch (DomainException e) {
            return Problems.from(e).toEvent();
        } catch (RuntimeException e) {
            if (Dependencies.isUnavailable(e)) {
                logError(log, "dependency unavailable: " + e);
                return Problems.from(new DomainException.Unavailable(
                                "A storage service is not reachable right now; try again shortly.", RETRY_AFTER))
                        .toEvent();
            }
            logError(log, "unexpected error in request " + requestId + ": " + stackTrace(e));
            return Problems.internalError(requestId).toEvent();
        }
    }

    private static void logError(LambdaLogger log, String message) {
        if (log != null) {
            log.log(message, LogLevel.ERROR);
        } else {
            System.err.println(message);
        }
    }

    private static String stackTrace(Throwable e) {
        var out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString().replace('\n', '\r');
    }
}
