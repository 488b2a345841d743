package vn.gov.portal.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.util.Map;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Env;
import vn.gov.portal.local.Http;
import vn.gov.portal.local.PortalTest;

/**
 * SnapStart priming (CRaC beforeCheckpoint) runs every function's code paths without side
 * effects: after priming all of them, no table or bucket changed, and the API still answers.
 */
class SnapStartPrimingTest extends PortalTest {

    @Test
    void primingEveryFunctionWritesNothing() throws Exception {
        new Http(portal.baseUrl()).get("/api/health");
        StackState before = StackState.of(portal);
        int primed = 0;
        for (var entry : portal.deployment()
                .template()
                .resourcesOfType("AWS::Serverless::Function")
                .entrySet()) {
            String handler = (String) ((Map<?, ?>) entry.getValue().get("Properties")).get("Handler");
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            Object instance;
            try {
                instance = type.getConstructor(Env.class).newInstance(portal.functionEnv(entry.getKey()));
            } catch (NoSuchMethodException needsNoConfiguration) {
                instance = type.getConstructor().newInstance();
            }
            assertThat(instance).isInstanceOfAny(RequestHandler.class, RequestStreamHandler.class);
            if (instance instanceof Resource resource) {
                resource.beforeCheckpoint(null);
                primed++;
            }
        }
        assertThat(primed).as("API and publish functions prime themselves").isGreaterThanOrEqualTo(15);
        assertThat(StackState.of(portal)).isEqualTo(before);
        assertThat(new Http(portal.baseUrl()).get("/api/health").status()).isEqualTo(200);
    }
}
