package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.QueueEvents;

/**
 * The stream handlers read events and write answers with our JSON codec instead of the runtime's
 * serializers: every sample event of events/ must read the same as the runtime reads it, and an
 * answer must be the JSON the runtime would write.
 */
class ApiEventsTest {

    private static final Path EVENTS = Path.of("../../events");
    private static final ClassLoader LOADER = ApiEventsTest.class.getClassLoader();

    private static List<Path> samples(String containing) throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVENTS)) {
            for (Path f : files.sorted().toList()) {
                if (Files.readString(f).contains(containing)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** What ApiRequest reads of an event, as plain values. */
    private static List<Object> view(APIGatewayV2HTTPEvent e) {
        var context = e.getRequestContext();
        var jwt =
                context.getAuthorizer() == null ? null : context.getAuthorizer().getJwt();
        return Arrays.asList(
                e.getRawPath(),
                e.getPathParameters(),
                e.getQueryStringParameters(),
                e.getHeaders(),
                e.getCookies(),
                e.getBody(),
                e.getIsBase64Encoded(),
                context.getRequestId(),
                context.getHttp().getMethod(),
                context.getHttp().getSourceIp(),
                jwt == null ? null : jwt.getClaims());
    }

    @Test
    void everyApiSampleReadsAsTheRuntimeReadsIt() throws Exception {
        List<Path> samples = samples("\"requestContext\"");
        assertThat(samples).hasSizeGreaterThan(15);
        for (Path sample : samples) {
            byte[] json = Files.readAllBytes(sample);
            APIGatewayV2HTTPEvent runtime = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, LOADER)
                    .fromJson(new ByteArrayInputStream(json));
            APIGatewayV2HTTPEvent ours = ApiEvents.read(new ByteArrayInputStream(json));
            assertThat(view(ours)).as(sample.toString()).isEqualTo(view(runtime));
        }
    }

    @Test
    void anEditorsClaimsAndCookiesArrive() throws Exception {
        APIGatewayV2HTTPEvent ours =
                ApiEvents.read(new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve("uploads-create.json"))));
        assertThat(ours.getRequestContext().getAuthorizer().getJwt().getClaims())
                .containsKey("sub");
    }

    @Test
    void anAnswerIsWhatTheRuntimeWouldWrite() throws Exception {
        APIGatewayV2HTTPResponse response =
                ApiResponse.json(404, Map.of("title", "Không tìm thấy")).toEvent();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ApiEvents.write(response, ours);
        ByteArrayOutputStream runtime = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, LOADER)
                .toJson(response, runtime);
        Map<String, Object> expected = Json.readObject(runtime.toString(StandardCharsets.UTF_8));
        expected.values().removeIf(Objects::isNull);
        assertThat(Json.readObject(ours.toString(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void queueSamplesReadAsTheRuntimeReadsThem() throws Exception {
        List<Path> samples = samples("\"aws:sqs\"");
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            byte[] json = Files.readAllBytes(sample);
            SQSEvent runtime = LambdaEventSerializers.serializerFor(SQSEvent.class, LOADER)
                    .fromJson(new ByteArrayInputStream(json));
            SQSEvent ours = QueueEvents.read(new ByteArrayInputStream(json));
            assertThat(ours.getRecords()).hasSameSizeAs(runtime.getRecords());
            for (int i = 0; i < ours.getRecords().size(); i++) {
                SQSEvent.SQSMessage a = ours.getRecords().get(i);
                SQSEvent.SQSMessage b = runtime.getRecords().get(i);
                assertThat(List.of(a.getMessageId(), a.getBody(), a.getAttributes(), a.getEventSourceArn()))
                        .as(sample.toString())
                        .isEqualTo(List.of(b.getMessageId(), b.getBody(), b.getAttributes(), b.getEventSourceArn()));
            }
        }
    }

    @Test
    void aBatchAnswerNamesTheFailedMessages() throws Exception {
        var response = new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m-2")));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        QueueEvents.write(response, ours);
        assertThat(Json.readObject(ours.toString(StandardCharsets.UTF_8)))
                .isEqualTo(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "m-2"))));
    }
}
