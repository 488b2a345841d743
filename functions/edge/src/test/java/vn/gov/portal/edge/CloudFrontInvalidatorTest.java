package vn.gov.portal.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;

/** The SDK's CloudFront client, as the function builds it, over real HTTP to a stand-in endpoint answering as CloudFront does. */
class CloudFrontInvalidatorTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status;
    private volatile String answer;
    private CloudFrontInvalidator cdn;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        AwsClients aws = AwsClients.from(Env.of(Map.of(
                "AWS_REGION",
                "ap-southeast-1",
                "AWS_ACCESS_KEY_ID",
                "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY",
                "secret",
                "AWS_ENDPOINT_URL",
                "http://127.0.0.1:" + server.getAddress().getPort())));
        cdn = new CloudFrontInvalidator(aws.build(CloudFrontClient.builder(), Region.US_EAST_1), "E2EXAMPLE");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAcceptedInvalidationIsOneSignedPostOfThePathsToTheDistribution() {
        status = 201;
        answer = "<?xml version=\"1.0\"?><Invalidation xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
                + "<Id>I1</Id><Status>InProgress</Status><CreateTime>2026-01-01T00:00:00Z</CreateTime></Invalidation>";
        cdn.invalidate(List.of("/tin-tuc/*", "/"));
        assertThat(requests)
                .singleElement()
                .asString()
                .startsWith(
                        "POST /2020-05-31/distribution/E2EXAMPLE/invalidation AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains(
                        "/us-east-1/cloudfront/aws4_request",
                        "<Quantity>2</Quantity>",
                        "<Path>/tin-tuc/*</Path>",
                        "<Path>/</Path>",
                        "<CallerReference>");
    }

    @Test
    void tooManyInvalidationsInProgressAndThrottlingAreBusy() {
        status = 400;
        answer =
                "<ErrorResponse><Error><Type>Sender</Type><Code>TooManyInvalidationsInProgress</Code></Error></ErrorResponse>";
        assertThatThrownBy(() -> cdn.invalidate(List.of("/"))).isInstanceOf(EdgeInvalidator.Busy.class);
        answer = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code></Error></ErrorResponse>";
        assertThatThrownBy(() -> cdn.invalidate(List.of("/"))).isInstanceOf(EdgeInvalidator.Busy.class);
    }

    @Test
    void aRefusalIsNotBusy() {
        status = 403;
        answer =
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>";
        assertThatThrownBy(() -> cdn.invalidate(List.of("/")))
                .isInstanceOf(CloudFrontException.class)
                .isNotInstanceOf(EdgeInvalidator.Busy.class)
                .satisfies(e -> assertThat(
                                ((CloudFrontException) e).awsErrorDetails().errorCode())
                        .isEqualTo("AccessDenied"));
        assertThat(requests).as("not retried").hasSize(1);
    }
}
