package vn.gov.portal.articles.edge;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.AwsCall;

/**
 * Where the site is served: the CloudFront distribution's id and the site's address, from the SSM
 * parameter template.yaml writes ({@code EdgeParameter}). The functions behind the HTTP API cannot
 * name the distribution in their environment (the distribution names the API as its origin: a
 * dependency cycle), so every function that needs either value reads this one parameter, by a
 * name built from the stack name. Read on first use, not at init: if SSM is unreachable, that
 * request fails (503, or a retried publish) and the next one reads again.
 */
public final class SiteEdge {

    /** The parameter's value. */
    public record Values(String distributionId, String siteUrl) {}

    private final Supplier<String> read;
    private volatile Values values;

    private SiteEdge(Supplier<String> read) {
        this.read = read;
    }

    /** The parameter EDGE_PARAMETER names: SSM GetParameter in the function's region. */
    public static SiteEdge fromParameter(AwsCall aws, Region region, String name) {
        return new SiteEdge(() -> parameterValue(aws.post("ssm", region, URI.create("https://ssm." + region.id() + ".amazonaws.com"),
                "/", Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AmazonSSM.GetParameter"),
                Json.write(Map.of("Name", name)))));
    }

    private static String parameterValue(String answer) {
        try {
            if (Json.readObject(answer).get("Parameter") instanceof Map<?, ?> parameter && parameter.get("Value") instanceof String value) {
                return value;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("SSM GetParameter answered without a value: " + answer);
    }

    /** Fixed values (unit tests). */
    public static SiteEdge of(String distributionId, String siteUrl) {
        SiteEdge edge = new SiteEdge(() -> {
            throw new IllegalStateException("fixed");
        });
        edge.values = new Values(distributionId, siteUrl);
        return edge;
    }

    public String distributionId() {
        return values().distributionId();
    }

    public String siteUrl() {
        return values().siteUrl();
    }

    private Values values() {
        Values v = values;
        if (v == null) {
            synchronized (this) {
                if (values == null) {
                    values = parse(read.get());
                }
                v = values;
            }
        }
        return v;
    }

    static Values parse(String json) {
        try {
            Map<String, Object> fields = Json.readObject(json);
            if (fields.get("distributionId") instanceof String id && !id.isBlank()
                    && fields.get("siteUrl") instanceof String url && !url.isBlank()) {
                return new Values(id, url);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The edge parameter is not {\"distributionId\",\"siteUrl\"} JSON: " + e.getMessage(), e);
        }
        throw new IllegalStateException("The edge parameter lacks distributionId or siteUrl: " + json);
    }
}
