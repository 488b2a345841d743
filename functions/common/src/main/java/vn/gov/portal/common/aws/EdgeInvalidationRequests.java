package vn.gov.portal.common.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.common.Ids;

/**
 * The channel from the functions that change pages to InvalidateEdgeFunction, the one function
 * that calls CloudFront (docs/operations.md, "Takedowns at the edge"). A request is an empty
 * object under {@value #PREFIX} in the uploads bucket whose key carries the paths
 * ({@code edge-invalidations/<id>/<paths, base64url of "\n"-joined>}); S3 notifies
 * EdgeInvalidationQueue of it, and the notification's key is all the function reads, so it needs
 * no S3 client and no S3 permission. The publishers write it with the S3 client they already
 * build, so they carry no CloudFront module; the function behind the queue may name the
 * distribution, which a function behind the API may not (a dependency cycle). Paths that would
 * make a key longer than S3's 1,024 bytes are split over several requests.
 */
public final class EdgeInvalidationRequests {

    public static final String PREFIX = "edge-invalidations/";
    static final int MAX_KEY_BYTES = 1024;

    private final S3Client s3;
    private final String bucket;

    public EdgeInvalidationRequests(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Asks for these paths to be invalidated; returns the requests' keys (one, unless the paths are many). */
    public List<String> send(List<String> paths) {
        List<String> keys = keys(Ids.newId(), paths);
        for (String key : keys) {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.empty());
        }
        return keys;
    }

    /** The keys that carry these paths, each within S3's key length. */
    public static List<String> keys(String id, List<String> paths) {
        List<String> keys = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (String path : paths) {
            chunk.add(path);
            if (chunk.size() > 1 && key(id, keys.size(), chunk).length() > MAX_KEY_BYTES) {
                chunk.removeLast();
                keys.add(key(id, keys.size(), chunk));
                chunk = new ArrayList<>(List.of(path));
            }
        }
        if (!chunk.isEmpty()) {
            keys.add(key(id, keys.size(), chunk));
        }
        return keys;
    }

    private static String key(String id, int part, List<String> paths) {
        String encoded = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join("\n", paths).getBytes(StandardCharsets.UTF_8));
        return PREFIX + id + "-" + part + "/" + encoded;
    }

    /** The paths a request's key carries; {@link IllegalArgumentException} if it is not a request's key. */
    public static List<String> paths(String key) {
        int slash = key.lastIndexOf('/');
        if (!key.startsWith(PREFIX) || slash <= PREFIX.length()) {
            throw new IllegalArgumentException("Not an invalidation request: " + key);
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(key.substring(slash + 1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an invalidation request: " + key);
        }
        List<String> paths = List.of(joined.split("\n"));
        if (paths.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("Not an invalidation request: " + key);
        }
        return paths;
    }
}
