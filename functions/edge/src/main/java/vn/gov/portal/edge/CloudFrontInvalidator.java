package vn.gov.portal.edge;

import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;
import software.amazon.awssdk.services.cloudfront.model.TooManyInvalidationsInProgressException;

/** CreateInvalidation on the site's distribution, through the SDK's CloudFront client (built for us-east-1: the API is global). */
public final class CloudFrontInvalidator implements EdgeInvalidator {

    private final CloudFrontClient cloudFront;
    private final String distributionId;

    public CloudFrontInvalidator(CloudFrontClient cloudFront, String distributionId) {
        this.cloudFront = cloudFront;
        this.distributionId = distributionId;
    }

    @Override
    public void invalidate(List<String> paths) {
        try {
            cloudFront.createInvalidation(r -> r.distributionId(distributionId)
                    .invalidationBatch(b -> b.paths(
                                    p -> p.quantity(paths.size()).items(paths))
                            // a new reference each time: CloudFront would take a repeated one for the same request
                            .callerReference(UUID.randomUUID().toString())));
        } catch (TooManyInvalidationsInProgressException e) {
            throw new Busy("CloudFront refused for now: TooManyInvalidationsInProgress", e);
        } catch (CloudFrontException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new Busy("CloudFront refused for now: " + e.statusCode() + " " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
