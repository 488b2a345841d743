package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** template.yaml is the source of truth; the OpenAPI document, the Makefile and the code follow it. */
class TemplateContractTest {

    private final Template template = Template.load(TestStack.ROOT.resolve("template.yaml"));

    @Test
    void openApiDocumentsExactlyTheTemplatesRoutes() throws IOException {
        Map<String, Object> openapi = new Yaml().load(Files.readString(TestStack.ROOT.resolve("openapi.yaml")));
        Set<String> documented = new LinkedHashSet<>();
        Template.map(openapi.get("paths"))
                .forEach((path, operations) -> Template.map(operations).keySet().stream()
                        .filter(m ->
                                Set.of("get", "post", "put", "patch", "delete").contains(m))
                        .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        Set<String> routed = new LinkedHashSet<>();
        template.apiRoutes().forEach(r -> routed.add(r.routeKey()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routed);
    }

    @Test
    void editorRoutesAreExactlyTheDocumentedSecuredOnes() throws IOException {
        Map<String, Object> openapi = new Yaml().load(Files.readString(TestStack.ROOT.resolve("openapi.yaml")));
        for (Template.ApiRoute route : template.apiRoutes()) {
            Map<String, Object> operation =
                    Template.map(Template.map(Template.map(openapi.get("paths")).get(route.path()))
                            .get(route.method().toLowerCase(Locale.ROOT)));
            assertThat(operation.containsKey("security")).as(route.routeKey()).isEqualTo(route.authorizer() != null);
        }
    }

    @Test
    void everyFunctionHasAMakefileTargetAndALoadableHandler() throws IOException {
        String makefile = Files.readString(TestStack.ROOT.resolve("Makefile"));
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            assertThat(makefile)
                    .as("Makefile target for " + id)
                    .containsPattern("(?m)^build-[^:]*\\b" + id + "\\b[^:]*:|build-" + id + "\\b");
            Map<String, Object> props = Template.map(resource.get("Properties"));
            String handler = (String) props.get("Handler");
            String className = handler.substring(0, handler.indexOf("::"));
            String module = Path.of((String) props.get("CodeUri")).getFileName().toString();
            assertThat(TestStack.ROOT.resolve(
                            props.get("CodeUri") + "/src/main/java/" + className.replace('.', '/') + ".java"))
                    .as(id + " handler lives in its CodeUri module " + module)
                    .exists();
            try {
                Class<?> type = Class.forName(className);
                assertThat(type.getConstructor())
                        .as(id + " has the constructor Lambda uses")
                        .isNotNull();
                assertThat(RequestHandler.class.isAssignableFrom(type)
                                || RequestStreamHandler.class.isAssignableFrom(type))
                        .as(id + " implements a Lambda handler interface")
                        .isTrue();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(id + ": " + e, e);
            }
        });
    }
}
