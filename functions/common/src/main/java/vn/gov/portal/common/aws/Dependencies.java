package vn.gov.portal.common.aws;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Tells a failing dependency (retry later: 503) from a bug (500). Unavailable means the service
 * could not be reached or did not answer in time, or answered that it is throttling or failing:
 * <ul>
 *   <li>a transport failure anywhere in the causes, as the SDK wraps it:
 *       connection refused or reset ({@link SocketException}), a socket or read timeout
 *       ({@link InterruptedIOException}), DNS, TLS, an answer cut short, an HTTP timeout;
 *   <li>the SDK's own call and attempt timeouts;
 *   <li>the service's throttling or 5xx, still there after the SDK's retries.
 * </ul>
 * Anything else is a bug, answered 500: an SDK client error without such a cause (a request it
 * cannot marshal, no region, an answer it cannot parse), and every other I/O error (a JSON or
 * image encoding failure, a missing resource) even when wrapped in an UncheckedIOException.
 */
public final class Dependencies {

    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_CAUSES = 16;

    private Dependencies() {}

    public static boolean isUnavailable(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < MAX_CAUSES; depth++, e = e.getCause()) {
            if (isTransportFailure(e) || isSdkUnavailable(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransportFailure(Throwable e) {
        return e instanceof SocketException
                || e instanceof InterruptedIOException
                || e instanceof UnknownHostException
                || e instanceof SSLException
                || e instanceof EOFException
                || e instanceof HttpTimeoutException;
    }

    private static boolean isSdkUnavailable(Throwable e) {
        try {
            if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
                return true; // the SDK gave up waiting; its cause may be no I/O error at all
            }
            return e instanceof SdkServiceException service
                    && (service.isThrottlingException() || service.statusCode() >= 500);
        } catch (NoClassDefFoundError noSdk) {
            return false; // a function that ships without the SDK (health) calls no AWS service
        }
    }
}
