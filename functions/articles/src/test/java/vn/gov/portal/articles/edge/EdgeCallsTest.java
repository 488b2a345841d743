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
import software.amazon.awssdk.regions.Region;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsCall;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.Dependencies;

/** The edge's two signed calls (CloudFront CreateInvalidation, SSM GetParameter) over real HTTP to a stand-in endpoint. */
class EdgeCallsTest {

    private final List<String> requests = new ArrayList<>();
    private HttpServer server;
    private int status;
    private String answer;

    private CloudFrontInvalidator invalidator() throws IOException {
        return new CloudFrontInvalidator(new AwsCall(aws(start(0))), SiteEdge.of("E2EXAMPLE", "https://portal.example.gov.vn"));
    }

    private int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("X-Amz-Target") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private static AwsClients aws(int port) {
        return AwsClients.from(Env.of(Map.of("AWS_REGION", "ap-southeast-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_ENDPOINT_URL", "http://127.0.0.1:" + port)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theEdgeParameterIsReadOnFirstUseAndAgainAfterAnOutage() throws IOException {
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SiteEdge edge = SiteEdge.fromParameter(new AwsCall(aws(port)), Region.AP_SOUTHEAST_1, "/portal/edge");
        assertThatThrownBy(edge::siteUrl).as("nothing listens: SSM unreachable")
                .matches(Dependencies::isUnavailable, "a 503 for that request");

        status = 200;
        answer = "{\"Parameter\":{\"Name\":\"/portal/edge\",\"Type\":\"String\",\"Value\":"
                + "\"{\\\"distributionId\\\":\\\"E2EXAMPLE\\\",\\\"siteUrl\\\":\\\"https://thongtin.molisa.gov.vn\\\"}\"}}";
        start(port);
        assertThat(edge.siteUrl()).as("the same container reads again").isEqualTo("https://thongtin.molisa.gov.vn");
        assertThat(edge.distributionId()).isEqualTo("E2EXAMPLE");
        assertThat(requests).singleElement().asString()
                .startsWith("POST / AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/").contains("/ap-southeast-1/ssm/aws4_request",
                        "AmazonSSM.GetParameter {\"Name\":\"/portal/edge\"}");
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
