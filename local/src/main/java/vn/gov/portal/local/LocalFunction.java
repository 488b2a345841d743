package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import vn.gov.portal.common.Env;

/**
 * One function of template.yaml, loaded in this JVM: its handler class is built once (like a
 * Lambda container's init) and invoked with JSON payloads that pass through the same event
 * serializers the Lambda Java runtime uses.
 */
public final class LocalFunction<I, O> {

    private final String name;
    private final RequestHandler<I, O> handler;
    private final PojoSerializer<I> input;
    private final PojoSerializer<O> output;
    private final int timeoutSeconds;
    private final int memoryMb;

    private LocalFunction(String name, RequestHandler<I, O> handler, Class<I> in, Class<O> out,
                          int timeoutSeconds, int memoryMb) {
        this.name = name;
        this.handler = handler;
        ClassLoader loader = LocalFunction.class.getClassLoader();
        this.input = LambdaEventSerializers.serializerFor(in, loader);
        this.output = LambdaEventSerializers.serializerFor(out, loader);
        this.timeoutSeconds = timeoutSeconds;
        this.memoryMb = memoryMb;
    }

    /**
     * Loads {@code handler} ("pkg.Class::handleRequest"). Handlers have a no-argument constructor
     * (Lambda reads the process environment) and one taking {@link Env}, which the local stack uses
     * to give each function its own template-defined environment in one JVM.
     */
    @SuppressWarnings("unchecked")
    public static <I, O> LocalFunction<I, O> load(String name, String handler, Env env, Class<I> in, Class<O> out,
                                                  int timeoutSeconds, int memoryMb) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        try {
            Class<?> type = Class.forName(className);
            Object instance;
            try {
                Constructor<?> withEnv = type.getConstructor(Env.class);
                instance = withEnv.newInstance(env);
            } catch (NoSuchMethodException noEnvConstructor) {
                instance = type.getConstructor().newInstance();
            }
            return new LocalFunction<>(name, (RequestHandler<I, O>) instance, in, out, timeoutSeconds, memoryMb);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load handler " + handler + " of " + name + ": " + e, e);
        }
    }

    public String name() {
        return name;
    }

    /** Invokes with a JSON event and returns the JSON response, as the Lambda runtime would. */
    public String invokeJson(String eventJson) {
        I event = input.fromJson(eventJson);
        O result = invoke(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public O invoke(I event) {
        return handler.handleRequest(event, new LocalContext(name, timeoutSeconds, memoryMb));
    }

    public PojoSerializer<O> outputSerializer() {
        return output;
    }

    public PojoSerializer<I> inputSerializer() {
        return input;
    }
}
