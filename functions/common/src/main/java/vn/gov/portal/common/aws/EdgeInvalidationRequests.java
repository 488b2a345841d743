package vn.gov.portal.common.aws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Json;

/**
 * The channel from the functions that change pages to InvalidateEdgeFunction, the one function
 * that calls CloudFront (docs/operations.md, "Takedowns at the edge"): a request is a small JSON
 * object {@code {"paths":[...]}} under {@value #PREFIX} in the uploads bucket; S3 notifies
 * EdgeInvalidationQueue of it. The publishers write it with the S3 client they already build,
 * so they carry no CloudFront module, and the function behind the queue may name the
 * distribution, which a function behind the API may not (a dependency cycle).
 */
public final class EdgeInvalidationRequests {

    public static final String PREFIX = "edge-invalidations/";

    private final S3Client s3;
    private final String bucket;

    public EdgeInvalidationRequests(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Asks for these paths to be invalidated; returns the request's key. */
    public String send(List<String> paths) {
        String key = PREFIX + Ids.newId() + ".json";
        s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromString(Json.write(Map.of("paths", paths))));
        return key;
    }

    /** The paths a request asks for; empty if it is gone (already handled and deleted). */
    public Optional<List<String>> read(String key) {
        String body;
        try {
            body = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        }
        return Optional.of(parse(body));
    }

    /** Removes a handled request. */
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    static List<String> parse(String body) {
        try {
            if (Json.readObject(body).get("paths") instanceof List<?> list) {
                List<String> paths = new ArrayList<>();
                for (Object p : list) {
                    if (!(p instanceof String path) || !path.startsWith("/")) {
                        throw new IllegalArgumentException("not a path: " + p);
                    }
                    paths.add(path);
                }
                return paths;
            }
        } catch (IOException | RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not an invalidation request {\"paths\":[...]}: " + body);
    }
}
