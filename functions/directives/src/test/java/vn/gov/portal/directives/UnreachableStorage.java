package vn.gov.portal.directives;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import vn.gov.portal.common.Env;

/** A directives function's environment with its AWS endpoint at a closed port: every storage call fails. */
final class UnreachableStorage {

    private UnreachableStorage() {}

    /** The environment the directives functions read, plus {@code extra} (name, value, name, value...). */
    static Env env(String... extra) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> values = new HashMap<>(Map.of(
                "AWS_REGION",
                "ap-southeast-1",
                "AWS_ACCESS_KEY_ID",
                "test",
                "AWS_SECRET_ACCESS_KEY",
                "test",
                "AWS_ENDPOINT_URL",
                "http://127.0.0.1:" + port,
                "DIRECTIVES_TABLE",
                "directives",
                "SEARCH_TABLE",
                "search",
                "UPLOADS_TABLE",
                "uploads",
                "UPLOADS_BUCKET",
                "uploads",
                "SITE_BUCKET",
                "site"));
        for (int i = 0; i < extra.length; i += 2) {
            values.put(extra[i], extra[i + 1]);
        }
        return Env.of(values);
    }
}
