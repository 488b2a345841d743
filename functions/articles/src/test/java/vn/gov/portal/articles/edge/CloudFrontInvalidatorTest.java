package vn.gov.portal.articles.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsCall;
import vn.gov.portal.common.aws.AwsClients;

/** What CloudFront's answers mean to a takedown, over real HTTP from a stand-in endpoint. */
class CloudFrontInvalidatorTest {

    private final List<String> requests = new ArrayList<>();
    private HttpServer server;
    private int status;
    private String answer;

    private CloudFrontInvalidator invalidator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        AwsClients aws = AwsClients.from(Env.of(Map.of("AWS_REGION", "ap-southeast-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort())));
        return new CloudFrontInvalidator(new AwsCall(aws), SiteEdge.of("E2EXAMPLE", "https://portal.example.gov.vn"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAcceptedInvalidationIsOneSignedPostToTheDistribution() throws IOException {
        status = 201;
        answer = "<Invalidation><Id>I1</Id><Status>InProgress</Status></Invalidation>";
        invalidator().invalidate(List.of("/"));
        assertThat(requests).singleElement().asString()
                .startsWith("POST /2020-05-31/distribution/E2EXAMPLE/invalidation AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/cloudfront/aws4_request");
    }

    @Test
    void tooManyInvalidationsInProgressAndThrottlingAreBusy() throws IOException {
        status = 400;
        answer = "<ErrorResponse><Error><Type>Sender</Type><Code>TooManyInvalidationsInProgress</Code></Error></ErrorResponse>";
        CloudFrontInvalidator cdn = invalidator();
        assertThatThrownBy(() -> cdn.invalidate(List.of("/"))).isInstanceOf(EdgeInvalidator.Busy.class);
        answer = "<ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>";
        assertThatThrownBy(() -> cdn.invalidate(List.of("/"))).isInstanceOf(EdgeInvalidator.Busy.class);
    }

    @Test
    void aRefusalIsNotRetried() throws IOException {
        status = 403;
        answer = "<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>";
        CloudFrontInvalidator cdn = invalidator();
        assertThatThrownBy(() -> cdn.invalidate(List.of("/"))).isInstanceOf(AwsServiceException.class)
                .isNotInstanceOf(EdgeInvalidator.Busy.class).hasMessageContaining("AccessDenied");
    }
}
