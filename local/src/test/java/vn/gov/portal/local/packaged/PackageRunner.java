package vn.gov.portal.local.packaged;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs one deployment package as the Lambda Java runtime does, in its own JVM: the package's
 * lib/*.jar in a class loader of their own over the runtime's (this class, the runtime's
 * serializers and the Joda-Time they load: nothing a package ships), the handler built by its no-argument
 * constructor from the process environment, one event read and the answer written by the
 * runtime's serializers (a stream handler reads and writes the JSON itself). Prints the clients the init built, then the answer.
 *
 * <p>Uses only the JDK and aws-lambda-java-serialization (the runtime's own), so nothing of the
 * test classpath reaches the package. Arguments: the package directory, the handler, the event file.
 */
public final class PackageRunner {

    private PackageRunner() {}

    public static void main(String[] args) throws Exception {
        Path packageDir = Path.of(args[0]);
        String handlerName = args[1].contains("::") ? args[1].substring(0, args[1].indexOf("::")) : args[1];
        String event = Files.readString(Path.of(args[2]));
        URL[] jars;
        try (Stream<Path> files = Files.list(packageDir.resolve("lib"))) {
            jars = files.filter(f -> f.toString().endsWith(".jar"))
                    .sorted()
                    .map(PackageRunner::url)
                    .toArray(URL[]::new);
        }
        ClassLoader loader = new URLClassLoader(jars, ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = loader.loadClass(handlerName);
        Object handler = type.getConstructor().newInstance();
        System.out.println("clients=" + builtClients(loader));
        Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        if (loader.loadClass("com.amazonaws.services.lambda.runtime.RequestStreamHandler")
                .isAssignableFrom(type)) {
            // as the runtime calls a stream handler: the event's bytes in, the answer's bytes out
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            type.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType)
                    .invoke(
                            handler,
                            new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                            out,
                            context(loader));
            System.out.println("response=" + out.toString(StandardCharsets.UTF_8));
            return;
        }
        Method handle = handleRequest(type, contextType);
        Object input = serializer(handle.getParameterTypes()[0], loader).fromJson(event);
        Object output = handle.invoke(handler, input, context(loader));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        serializer(handle.getReturnType(), loader).toJson(output, json);
        System.out.println("response=" + json.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Class<?> type, ClassLoader loader) {
        return LambdaEventSerializers.serializerFor((Class<Object>) type, loader);
    }

    /** What the package's AwsClients built; a package without the SDK (health) has none. */
    private static Object builtClients(ClassLoader loader) throws ReflectiveOperationException {
        try {
            return loader.loadClass("vn.gov.portal.common.aws.AwsClients")
                    .getMethod("built")
                    .invoke(null);
        } catch (ClassNotFoundException noSdkHelpers) {
            return List.of();
        }
    }

    private static Method handleRequest(Class<?> type, Class<?> context) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals("handleRequest")
                    && !m.isBridge()
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == context) {
                return m;
            }
        }
        throw new IllegalStateException(type + " has no handleRequest(event, Context)");
    }

    /** A context as the runtime gives one: a request id, time left, a logger that prints. */
    private static Object context(ClassLoader loader) throws ClassNotFoundException {
        Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Class<?> loggerType = loader.loadClass("com.amazonaws.services.lambda.runtime.LambdaLogger");
        Object logger = Proxy.newProxyInstance(loader, new Class<?>[] {loggerType}, (proxy, method, args) -> {
            if (args != null && args.length > 0) {
                System.err.println(
                        args[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : args[0]);
            }
            return null;
        });
        return Proxy.newProxyInstance(
                loader, new Class<?>[] {contextType}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAwsRequestId" -> "packaged-function-test";
                    case "getFunctionName" -> "packaged";
                    case "getInvokedFunctionArn" -> "arn:aws:lambda:ap-southeast-1:000000000000:function:packaged";
                    case "getRemainingTimeInMillis" -> 30_000;
                    case "getMemoryLimitInMB" -> 1024;
                    case "getLogger" -> logger;
                    case "toString" -> "packaged-function-test context";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
