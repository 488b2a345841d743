package vn.gov.portal.bench.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cold-start proxy's process: what the Lambda Java runtime does in a new execution
 * environment, and nothing else. The JVM is started by the harness with the runtime's flags and a
 * classpath of the function's deployment package (lib/*.jar), the runtime's event serializers and
 * this jar; the environment is the function's, as the template and the local stack give it
 * (JAVA_TOOL_OPTIONS included: the JVM applies it itself, as on Lambda).
 *
 * <ol>
 *   <li>init: load the handler class and construct it (its no-argument constructor reads the
 *       environment and builds its clients, as in Lambda);</li>
 *   <li>invoke: a {@link RequestStreamHandler} gets the event's bytes and writes its answer, as the
 *       runtime calls one; a {@link RequestHandler} gets the event deserialized by the runtime's
 *       serializers, and its response is serialized by them.</li>
 * </ol>
 * Prints one line {@code BENCH init_ns=.. invoke_ns=.. cpu_ns=.. response=..}; the harness measures the wall
 * time from starting the process to reading that line.
 *
 * <p>Usage: {@code ColdStart <handler class[::method]> <event.json> [typed]}; {@code typed} calls a
 * stream handler's typed {@code handleRequest(event, Context)} through the runtime's serializers
 * instead, as the runtime called our handlers before they were stream handlers (the "before").
 */
public final class ColdStart {

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        String className = args[0].contains("::") ? args[0].substring(0, args[0].indexOf("::")) : args[0];
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        boolean typed = args.length > 2 && args[2].equals("typed");

        // init phase
        ClassLoader loader = ColdStart.class.getClassLoader();
        Class<?> type = Class.forName(className, true, loader);
        Object handler = type.getConstructor().newInstance();
        long initDone = System.nanoTime();

        // invoke phase
        BenchContext context = new BenchContext(type.getSimpleName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (handler instanceof RequestStreamHandler stream && !typed) {
            stream.handleRequest(new ByteArrayInputStream(event), out, context);
        } else {
            Method method = typedMethod(type);
            @SuppressWarnings("unchecked")
            PojoSerializer<Object> input = (PojoSerializer<Object>)
                    LambdaEventSerializers.serializerFor(method.getParameterTypes()[0], loader);
            @SuppressWarnings("unchecked")
            PojoSerializer<Object> output =
                    (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(method.getReturnType(), loader);
            Object request;
            try (InputStream in = new ByteArrayInputStream(event)) {
                request = input.fromJson(in);
            }
            output.toJson(method.invoke(handler, request, context), out);
        }
        long invokeDone = System.nanoTime();

        String body = out.toString(StandardCharsets.UTF_8).replace('\n', ' ');
        System.out.println("BENCH init_ns=" + (initDone - mainAt) + " invoke_ns=" + (invokeDone - initDone) + " cpu_ns="
                + cpuNanos() + " response=" + (body.length() > 400 ? body.substring(0, 400) : body));
        System.out.flush();
        // SDK clients may hold non-daemon threads; the container would be frozen here anyway
        Runtime.getRuntime().halt(0);
    }

    /**
     * CPU time of the whole process so far, every thread (JIT compilers and GC included), from
     * /proc/self/stat (utime + stime, in USER_HZ ticks of 10 ms): unlike the wall time, it does not
     * grow when other processes share the cores. -1 where /proc is missing.
     */
    static long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The typed handleRequest(event, Context): the RequestHandler method, or a stream handler's typed overload. */
    static Method typedMethod(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals("handleRequest")
                    && !m.isBridge()
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == Context.class
                    && m.getParameterTypes()[0] != Object.class) {
                return m;
            }
        }
        throw new IllegalArgumentException(type + " has no typed handleRequest(event, Context)");
    }
}
