package vn.gov.portal.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Which failures answer 503 (retry later) and which are bugs (500). */
class DependenciesTest {

    private static SdkClientException sdk(String message, Throwable cause) {
        return SdkClientException.create(message, cause);
    }

    private static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder()
                .statusCode(status)
                .message(code)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .serviceName("DynamoDb")
                        .build())
                .build();
    }

    @Test
    void theServiceUnreachableIsUnavailable() {
        assertThat(Dependencies.isUnavailable(sdk(
                        "Unable to execute HTTP request: Connection refused",
                        new ConnectException("Connection refused"))))
                .as("connection refused")
                .isTrue();
        assertThat(Dependencies.isUnavailable(sdk(
                        "Unable to execute HTTP request: Connection reset", new SocketException("Connection reset"))))
                .as("connection reset")
                .isTrue();
        assertThat(Dependencies.isUnavailable(sdk(
                        "Unable to execute HTTP request: dynamodb.example",
                        new UnknownHostException("dynamodb.example"))))
                .as("DNS")
                .isTrue();
        assertThat(Dependencies.isUnavailable(sdk(
                        "Unable to execute HTTP request",
                        new SSLHandshakeException("Remote host terminated the handshake"))))
                .as("TLS")
                .isTrue();
        assertThat(Dependencies.isUnavailable(
                        sdk("Unable to execute HTTP request", new EOFException("Unexpected end of file from server"))))
                .as("answer cut short")
                .isTrue();
        assertThat(Dependencies.isUnavailable(new UncheckedIOException(new ConnectException("Connection refused"))))
                .as("wrapped unchecked, deeper in the causes")
                .isTrue();
    }

    @Test
    void timeoutsAreUnavailable() {
        assertThat(Dependencies.isUnavailable(sdk(
                        "Unable to execute HTTP request: Read timed out",
                        new SocketTimeoutException("Read timed out"))))
                .as("socket read timeout")
                .isTrue();
        assertThat(Dependencies.isUnavailable(new HttpConnectTimeoutException("HTTP connect timed out")))
                .as("HTTP client timeout")
                .isTrue();
        assertThat(Dependencies.isUnavailable(
                        ApiCallTimeoutException.create(Duration.ofSeconds(10).toMillis())))
                .as("the SDK's call timeout")
                .isTrue();
        assertThat(Dependencies.isUnavailable(ApiCallAttemptTimeoutException.create(
                        Duration.ofSeconds(2).toMillis())))
                .as("the SDK's attempt timeout")
                .isTrue();
    }

    @Test
    void throttlingAndServerErrorsAfterTheRetriesAreUnavailable() {
        assertThat(Dependencies.isUnavailable(service(400, "ThrottlingException")))
                .as("throttled")
                .isTrue();
        assertThat(Dependencies.isUnavailable(service(400, "ProvisionedThroughputExceededException")))
                .isTrue();
        assertThat(Dependencies.isUnavailable(service(500, "InternalServerError")))
                .isTrue();
        assertThat(Dependencies.isUnavailable(service(503, "ServiceUnavailable")))
                .isTrue();
        assertThat(Dependencies.isUnavailable(
                        SdkServiceException.builder().statusCode(429).build()))
                .isTrue();
        assertThat(Dependencies.isUnavailable(new IllegalStateException("publish failed", service(503, "SlowDown"))))
                .as("wrapped by our code")
                .isTrue();
    }

    @Test
    void clientSideErrorsWithoutAnIoCauseAreBugs() {
        assertThat(Dependencies.isUnavailable(
                        sdk("Unable to marshall request to JSON: Parameter 'TableName' must not be null", null)))
                .isFalse();
        assertThat(Dependencies.isUnavailable(
                        sdk("Unable to unmarshall response", new IOException("Unexpected character ('<' (code 60))"))))
                .as("an answer the SDK cannot parse")
                .isFalse();
        assertThat(Dependencies.isUnavailable(sdk("Unable to load region", new IllegalArgumentException("no region"))))
                .isFalse();
    }

    @Test
    void theServiceRefusingTheRequestIsABug() {
        assertThat(Dependencies.isUnavailable(service(400, "ValidationException")))
                .isFalse();
        assertThat(Dependencies.isUnavailable(service(400, "ConditionalCheckFailedException")))
                .isFalse();
        assertThat(Dependencies.isUnavailable(service(403, "AccessDeniedException")))
                .isFalse();
        assertThat(Dependencies.isUnavailable(service(404, "NoSuchKey"))).isFalse();
    }

    @Test
    void ourOwnFailuresAreBugsEvenWhenTheyAreIoExceptions() {
        assertThat(Dependencies.isUnavailable(new UncheckedIOException(new IOException("not a JSON object"))))
                .as("a JSON or image encoding failure")
                .isFalse();
        assertThat(Dependencies.isUnavailable(new UncheckedIOException(new FileNotFoundException("sections.yaml"))))
                .as("a missing resource")
                .isFalse();
        assertThat(Dependencies.isUnavailable(new NullPointerException())).isFalse();
        assertThat(Dependencies.isUnavailable(new IllegalArgumentException("bad")))
                .isFalse();
        assertThat(Dependencies.isUnavailable(null)).isFalse();
    }
}
