package vn.gov.portal.bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The floor of the cold-start proxy: a trivial stream handler (as our handlers are) answering a
 * constant, with nothing but the JDK and the Lambda interfaces. What remains of its cold start is
 * the JVM and the launcher: no Java function can start faster on the same machine and flags.
 */
public final class FloorStreamHandler implements RequestStreamHandler {

    private static final byte[] ANSWER = ("{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},"
                    + "\"body\":\"{\\\"status\\\":\\\"ok\\\"}\",\"isBase64Encoded\":false}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        output.write(ANSWER);
    }
}
