package vn.gov.portal.common.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Tells a failing dependency (retry later: 503) from a bug (500). */
public final class Dependencies {

    private Dependencies() {}

    public static boolean isUnavailable(Throwable error) {
        try {
            return isSdkUnavailable(error);
        } catch (NoClassDefFoundError noSdk) {
            return false; // a function that ships without the SDK (health) calls no AWS service
        }
    }

    private static boolean isSdkUnavailable(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof SdkClientException) {
                return true; // connection refused, timeout, DNS: the service is not reachable
            }
            if (e instanceof AwsServiceException service
                    && (service.isThrottlingException() || service.statusCode() >= 500)) {
                return true; // still throttled or failing after the SDK's retries
            }
        }
        return false;
    }
}
