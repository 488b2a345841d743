package vn.gov.portal.bench.launcher;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cold-start proxy's process: what the Lambda Java runtime does in a new execution
 * environment, and nothing else. The JVM is started by the harness with the runtime's flags and a
 * classpath of the function's deployment package (lib/*.jar), the runtime's event serializers and
 * this jar; the environment is the function's, as the template and the local stack give it.
 *
 * <ol>
 *   <li>init: load the handler class and construct it (its no-argument constructor reads the
 *       environment and builds its clients, as in Lambda);</li>
 *   <li>invoke: deserialize the event JSON with the runtime's serializers, call
 *       {@code handleRequest}, serialize the response.</li>
 * </ol>
 * Prints one line {@code BENCH init_ns=.. invoke_ns=.. main_ns=.. response=..}; the harness
 * measures the wall time from starting the process to reading that line.
 *
 * <p>Usage: {@code ColdStart <handler class[::method]> <event.json>}
 */
public final class ColdStart {

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        String className = args[0].contains("::") ? args[0].substring(0, args[0].indexOf("::")) : args[0];
        byte[] event = Files.readAllBytes(Path.of(args[1]));

        // init phase
        ClassLoader loader = ColdStart.class.getClassLoader();
        Class<?> type = Class.forName(className, true, loader);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) type.getConstructor().newInstance();
        long initDone = System.nanoTime();

        // invoke phase
        Type[] io = handlerTypes(type);
        @SuppressWarnings("unchecked")
        PojoSerializer<Object> input = (PojoSerializer<Object>) LambdaEventSerializers.serializerFor((Class<?>) io[0], loader);
        @SuppressWarnings("unchecked")
        PojoSerializer<Object> output = (PojoSerializer<Object>) LambdaEventSerializers.serializerFor((Class<?>) io[1], loader);
        Object request;
        try (InputStream in = new ByteArrayInputStream(event)) {
            request = input.fromJson(in);
        }
        Object response = handler.handleRequest(request, new BenchContext(type.getSimpleName()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        output.toJson(response, out);
        long invokeDone = System.nanoTime();

        String body = out.toString(StandardCharsets.UTF_8).replace('\n', ' ');
        System.out.println("BENCH init_ns=" + (initDone - mainAt) + " invoke_ns=" + (invokeDone - initDone)
                + " response=" + (body.length() > 400 ? body.substring(0, 400) : body));
        System.out.flush();
        // SDK clients may hold non-daemon threads; the container would be frozen here anyway
        Runtime.getRuntime().halt(0);
    }

    /** The handler's RequestHandler type arguments, found the way the runtime finds them. */
    static Type[] handlerTypes(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(type + " does not implement RequestHandler<I, O> with concrete types");
    }
}
