package vn.gov.portal.articles.edge;

import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;
import software.amazon.awssdk.services.cloudfront.model.TooManyInvalidationsInProgressException;

/** CreateInvalidation on the site's distribution. */
public final class CloudFrontInvalidator implements EdgeInvalidator {

    private final CloudFrontClient cloudFront;
    private final SiteEdge edge;

    public CloudFrontInvalidator(CloudFrontClient cloudFront, SiteEdge edge) {
        this.cloudFront = cloudFront;
        this.edge = edge;
    }

    @Override
    public void invalidate(List<String> paths) {
        try {
            cloudFront.createInvalidation(r -> r.distributionId(edge.distributionId()).invalidationBatch(b -> b
                    .callerReference(UUID.randomUUID().toString())
                    .paths(p -> p.quantity(paths.size()).items(paths))));
        } catch (TooManyInvalidationsInProgressException e) {
            throw new Busy("CloudFront has too many invalidations in progress", e);
        } catch (CloudFrontException e) {
            if (e.isThrottlingException()) { // still throttled after the SDK's own retries
                throw new Busy("CloudFront throttled CreateInvalidation", e);
            }
            throw e;
        }
    }
}
