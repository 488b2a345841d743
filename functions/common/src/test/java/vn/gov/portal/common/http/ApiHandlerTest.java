package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What a caller sees when a handler fails: a dependency's outage (503) or a bug (500), both problem+json. */
class ApiHandlerTest {

    private static APIGatewayV2HTTPResponse failingWith(RuntimeException error) {
        ApiHandler handler = new ApiHandler() {
            @Override
            protected ApiResponse handle(ApiRequest request) {
                throw error;
            }
        };
        return handler.handleRequest(
                HttpApiEvents.request("GET", "/api/articles").requestId("r-1").build(), null);
    }

    @Test
    void anUnreachableServiceIs503WithRetryAfter() {
        APIGatewayV2HTTPResponse response = failingWith(SdkClientException.create(
                "Unable to execute HTTP request: Connection refused", new ConnectException("Connection refused")));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders())
                .containsEntry("content-type", ApiResponse.PROBLEM_JSON)
                .containsKey("retry-after");
    }

    @Test
    void aClientSideSdkErrorIsABugAnswered500WithoutInternals() {
        APIGatewayV2HTTPResponse response = failingWith(SdkClientException.create(
                "Unable to marshall request to JSON: Parameter 'TableName' must not be null"));

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders())
                .containsEntry("content-type", ApiResponse.PROBLEM_JSON)
                .doesNotContainKey("retry-after");
        assertThat(response.getBody()).doesNotContain("Exception", "TableName", "\tat ", "vn.gov.");
    }

    @Test
    void thePrimingEventOnlyReads() {
        var event = new ApiHandler() {
            @Override
            protected ApiResponse handle(ApiRequest request) {
                return ApiResponse.noContent();
            }
        }.primingEvent();
        ApiRequest request = ApiRequest.from(event);

        assertThat(request.header("authorization")).isEmpty();
        assertThat(request.pathParameter("id")).isEqualTo("aaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(request.bodyText()).isEqualTo("{");
    }
}
