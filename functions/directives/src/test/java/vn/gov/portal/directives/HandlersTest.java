package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Env;

/**
 * The handlers on the sample events in events/, with storage pointing at a closed port: what is
 * refused must be refused before any storage call, and storage being down is a 503, not a 500.
 */
class HandlersTest {

    private static Env env;

    @BeforeAll
    static void unreachableStorage() throws IOException {
        env = UnreachableStorage.env("AUDIT_TABLE", "audit");
    }

    private static APIGatewayV2HTTPEvent event(String name) {
        return EventLoader.loadApiGatewayHttpEvent("../../events/" + name);
    }

    private static void claims(APIGatewayV2HTTPEvent event, Map<String, String> claims) {
        if (claims == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        }
    }

    @Test
    void theSampleCreateEventIsAnEditorsValidRequestThatReachesStorage() throws IOException {
        APIGatewayV2HTTPResponse response =
                new CreateDirectiveHandler(env).handleRequest(event("directive-create.json"), null);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders())
                .containsEntry("content-type", "application/problem+json; charset=utf-8")
                .containsKey("retry-after");
    }

    @Test
    void editorRoutesNeedAnEditor() throws IOException {
        var create = new CreateDirectiveHandler(env);
        APIGatewayV2HTTPEvent anonymous = event("directive-create.json");
        claims(anonymous, null);
        assertThat(create.handleRequest(anonymous, null).getStatusCode()).isEqualTo(401);

        APIGatewayV2HTTPEvent reader = event("directive-import.json");
        claims(reader, new HashMap<>(Map.of("sub", "reader", "cognito:groups", "[readers]")));
        assertThat(new ImportDirectivesHandler(env).handleRequest(reader, null).getStatusCode())
                .isEqualTo(403);

        APIGatewayV2HTTPEvent deleter = event("directive-delete.json");
        claims(deleter, new HashMap<>(Map.of("sub", "reader")));
        assertThat(new DeleteDirectiveHandler(env).handleRequest(deleter, null).getStatusCode())
                .isEqualTo(403);
    }

    @Test
    void badBodiesAreProblemsWithFieldErrors() throws IOException {
        var create = new CreateDirectiveHandler(env);
        for (String body : new String[] {
            "{\"title\":\"x\",\"issuedOn\":\"2018-02-30\"}",
            "{\"title\":\"x\",\"issuedOn\":\"2020-01-01\",\"x\":1}",
            "{\"issuedOn\":\"2020-01-01\"}",
            "{\"title\":",
            "[]"
        }) {
            APIGatewayV2HTTPEvent event = event("directive-create.json");
            event.setBody(body);
            APIGatewayV2HTTPResponse response = create.handleRequest(event, null);
            assertThat(response.getStatusCode()).as(body).isEqualTo(400);
            assertThat(response.getBody()).contains("\"errors\"");
        }
    }

    @Test
    void importRefusesMoreThan200LinesAndNonArrays() throws IOException {
        var handler = new ImportDirectivesHandler(env);
        APIGatewayV2HTTPEvent event = event("directive-import.json");
        event.setBody("[" + "{\"title\":\"x\",\"issuedOn\":\"2020-01-01\"},".repeat(200)
                + "{\"title\":\"x\",\"issuedOn\":\"2020-01-01\"}]");
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(413);
        event.setBody("{\"title\":\"x\",\"issuedOn\":\"2020-01-01\"}");
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(400);
        event.setBody("[]");
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(400);
    }

    @Test
    void listRefusesUnknownParametersBeforeAnyRead() throws IOException {
        var handler = new ListDirectivesHandler(env);
        for (String name :
                new String[] {"directive-list-latest.json", "directive-list-range.json", "directive-list-symbol.json"
                }) {
            APIGatewayV2HTTPEvent event = event(name);
            assertThat(handler.handleRequest(event, null).getStatusCode())
                    .as(name)
                    .isEqualTo(503);
            Map<String, String> query = new HashMap<>(event.getQueryStringParameters());
            query.put("page", "2");
            event.setQueryStringParameters(query);
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).as(name).isEqualTo(400);
            assertThat(response.getBody()).contains("\"field\":\"page\"");
        }
    }

    @Test
    void routesOtherThanTheListTakeNoQueryParameters() throws IOException {
        APIGatewayV2HTTPEvent get = event("directive-get.json");
        get.setQueryStringParameters(Map.of("fields", "title"));
        assertThat(new GetDirectiveHandler(env).handleRequest(get, null).getStatusCode())
                .isEqualTo(400);
        APIGatewayV2HTTPEvent create = event("directive-create.json");
        create.setQueryStringParameters(Map.of("dryRun", "true"));
        assertThat(new CreateDirectiveHandler(env).handleRequest(create, null).getBody())
                .contains("\"field\":\"dryRun\"");
    }

    @Test
    void anIdThatCannotBeOursIsNotFoundWithoutARead() throws IOException {
        APIGatewayV2HTTPEvent event = event("directive-get.json");
        event.setPathParameters(Map.of("id", "NOT-AN-ID"));
        assertThat(new GetDirectiveHandler(env).handleRequest(event, null).getStatusCode())
                .isEqualTo(404);
        assertThat(new GetDirectiveHandler(env)
                        .handleRequest(event("directive-get.json"), null)
                        .getStatusCode())
                .isEqualTo(503);
    }
}
