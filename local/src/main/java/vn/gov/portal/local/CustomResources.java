package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Json;

/**
 * Runs the template's custom resources as CloudFormation does on a create: the function named by
 * {@code ServiceToken} gets a CloudFormationCustomResourceEvent and must answer on its ResponseURL
 * (here a one-shot loopback server) with SUCCESS, or the local stack does not start.
 */
final class CustomResources {

    private CustomResources() {}

    static void create(LocalDeployment deployment, Function<String, Env> functionEnv) {
        deployment.template().resources().forEach((id, resource) -> {
            String type = String.valueOf(resource.get("Type"));
            if (!type.startsWith("Custom::") && !type.equals("AWS::CloudFormation::CustomResource")) {
                return;
            }
            Map<String, Object> props = Template.map(resource.get("Properties"));
            if (!(Template.map(props.get("ServiceToken")).get("Fn::GetAtt") instanceof List<?> att)) {
                throw new IllegalStateException(id + ": only ServiceTokens naming a template function run locally");
            }
            String functionId = att.getFirst().toString();
            String handler =
                    (String) deployment.template().properties(functionId).get("Handler");
            run(id, type, functionId, handler, props, deployment, functionEnv.apply(functionId));
        });
    }

    private static void run(
            String id,
            String type,
            String functionId,
            String handler,
            Map<String, Object> props,
            LocalDeployment deployment,
            Env env) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        HttpServer receiver;
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        receiver.createContext("/", exchange -> {
            answer.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Map<String, Object> resourceProperties = new LinkedHashMap<>();
            props.forEach((k, v) -> resourceProperties.put(k, resolveOrKeep(deployment, v)));
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("RequestType", "Create");
            event.put("ServiceToken", resourceProperties.get("ServiceToken"));
            event.put("ResponseURL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cfn-response/" + id);
            event.put("StackId", deployment.stackId());
            event.put("RequestId", UUID.randomUUID().toString());
            event.put("ResourceType", type);
            event.put("LogicalResourceId", id);
            event.put("ResourceProperties", resourceProperties);
            LocalFunction<CloudFormationCustomResourceEvent, Object> function = LocalFunction.load(
                    functionId,
                    deployment.functionArn(functionId),
                    handler,
                    env,
                    CloudFormationCustomResourceEvent.class,
                    Object.class,
                    60,
                    512);
            function.invoke(function.inputSerializer().fromJson(Json.write(event)));
            Map<String, Object> response = Json.readObject(answer.get(60, TimeUnit.SECONDS));
            if (!"SUCCESS".equals(response.get("Status"))) {
                throw new IllegalStateException(id + " failed: " + response.get("Reason"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Custom resource " + id + ": " + e.getMessage(), e);
        } finally {
            receiver.stop(0);
        }
    }

    private static Object resolveOrKeep(LocalDeployment deployment, Object value) {
        try {
            return deployment.resolve(value);
        } catch (RuntimeException unresolvable) {
            return String.valueOf(value); // e.g. a function version: meaningful only on AWS
        }
    }
}
