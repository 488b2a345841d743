package vn.gov.portal.articles.edge;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import vn.gov.portal.common.aws.AwsCall;

/**
 * CreateInvalidation on the site's distribution: CloudFront's API is global, served from
 * us-east-1 whatever the stack's region. One signed request ({@link AwsCall}) instead of the SDK's
 * CloudFront module, which would add 5.6 MB to every articles function for this one call.
 */
public final class CloudFrontInvalidator implements EdgeInvalidator {

    static final URI ENDPOINT = URI.create("https://cloudfront.amazonaws.com");

    private final AwsCall aws;
    private final SiteEdge edge;

    public CloudFrontInvalidator(AwsCall aws, SiteEdge edge) {
        this.aws = aws;
        this.edge = edge;
    }

    @Override
    public void invalidate(List<String> paths) {
        try {
            aws.post("cloudfront", Region.US_EAST_1, ENDPOINT, "/2020-05-31/distribution/" + edge.distributionId() + "/invalidation",
                    Map.of("Content-Type", "text/xml"), batch(paths));
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if ("TooManyInvalidationsInProgress".equals(code) || e.isThrottlingException() || e.statusCode() >= 500) {
                throw new Busy("CloudFront refused for now: " + code, e);
            }
            throw e;
        }
    }

    /** The InvalidationBatch document of CloudFront's REST API (2020-05-31). */
    static String batch(List<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Paths><Quantity>")
                .append(paths.size()).append("</Quantity><Items>");
        for (String path : paths) {
            xml.append("<Path>").append(escape(path)).append("</Path>");
        }
        return xml.append("</Items></Paths><CallerReference>").append(UUID.randomUUID())
                .append("</CallerReference></InvalidationBatch>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
