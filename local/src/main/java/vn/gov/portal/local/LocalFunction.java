package vn.gov.portal.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import vn.gov.portal.common.Env;

/**
 * One function of template.yaml, loaded in this JVM: its handler class is built once (like a
 * Lambda container's init) and invoked with JSON payloads that pass through the same event
 * serializers the Lambda Java runtime uses. A stream handler gets the JSON itself, as the
 * runtime gives it (the serializers then only turn typed events into JSON and back).
 */
public final class LocalFunction<I, O> {

    private final String name;
    private final String arn;
    private final String handlerName;
    private final Env env;
    private final PojoSerializer<I> input;
    private final PojoSerializer<O> output;
    private final int timeoutSeconds;
    private final int memoryMb;
    private volatile Object handler;

    private LocalFunction(
            String name,
            String arn,
            String handlerName,
            Env env,
            Class<I> in,
            Class<O> out,
            int timeoutSeconds,
            int memoryMb) {
        this.name = name;
        this.arn = arn;
        this.handlerName = handlerName;
        this.env = env;
        ClassLoader loader = LocalFunction.class.getClassLoader();
        this.input = LambdaEventSerializers.serializerFor(in, loader);
        this.output = LambdaEventSerializers.serializerFor(out, loader);
        this.timeoutSeconds = timeoutSeconds;
        this.memoryMb = memoryMb;
    }

    /**
     * A function whose handler ("pkg.Class::handleRequest") is built on its first invocation, as a
     * Lambda container's init runs on its first request. Handlers have a no-argument constructor
     * (Lambda reads the process environment) and one taking {@link Env}, which the local stack uses
     * to give each function its own template-defined environment in one JVM. {@code arn} is what
     * the context's {@code getInvokedFunctionArn} answers.
     */
    public static <I, O> LocalFunction<I, O> load(
            String name,
            String arn,
            String handler,
            Env env,
            Class<I> in,
            Class<O> out,
            int timeoutSeconds,
            int memoryMb) {
        return new LocalFunction<>(name, arn, handler, env, in, out, timeoutSeconds, memoryMb);
    }

    /** Builds the handler now (init), if it is not built yet; fails if the class cannot load. */
    public Object handler() {
        Object h = handler;
        if (h != null) {
            return h;
        }
        synchronized (this) {
            if (handler == null) {
                String className =
                        handlerName.contains("::") ? handlerName.substring(0, handlerName.indexOf("::")) : handlerName;
                try {
                    Class<?> type = Class.forName(className);
                    Object instance;
                    try {
                        Constructor<?> withEnv = type.getConstructor(Env.class);
                        instance = withEnv.newInstance(env);
                    } catch (NoSuchMethodException noEnvConstructor) {
                        instance = type.getConstructor().newInstance();
                    }
                    handler = instance;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot load handler " + handlerName + " of " + name + ": " + e, e);
                }
            }
            return handler;
        }
    }

    public String name() {
        return name;
    }

    /** Invokes with a JSON event and returns the JSON response, as the Lambda runtime would. */
    public String invokeJson(String eventJson) {
        if (handler() instanceof RequestStreamHandler stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                stream.handleRequest(
                        new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, context());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        I event = input.fromJson(eventJson);
        O result = invoke(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    public O invoke(I event) {
        if (handler() instanceof RequestStreamHandler) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            input.toJson(event, json);
            return output.fromJson(invokeJson(json.toString(StandardCharsets.UTF_8)));
        }
        return ((RequestHandler<I, O>) handler()).handleRequest(event, context());
    }

    private LocalContext context() {
        return new LocalContext(name, arn, timeoutSeconds, memoryMb);
    }

    public PojoSerializer<I> inputSerializer() {
        return input;
    }
}
