package vn.gov.portal.edge;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.EdgeInvalidationRequests;
import vn.gov.portal.common.aws.S3Events;

/**
 * InvalidateEdgeFunction: S3 notifications (via EdgeInvalidationQueue) of the invalidation
 * requests the publish, delete-article and schedule functions write
 * ({@link EdgeInvalidationRequests}: each request's key carries its paths, so this function
 * builds no S3 client). The paths of a whole batch go to CloudFront in one invalidation,
 * duplicates removed. Its only client is the SDK's CloudFront client.
 */
public final class InvalidateEdgeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EdgeInvalidations edge;

    public InvalidateEdgeHandler() {
        this(Env.system());
    }

    public InvalidateEdgeHandler(Env env) {
        AwsClients aws = AwsClients.from(env);
        CloudFrontClient cloudFront =
                aws.build(CloudFrontClient.builder(), Region.US_EAST_1); // a global API, served from us-east-1
        this.edge = EdgeInvalidations.of(new CloudFrontInvalidator(cloudFront, env.require("DISTRIBUTION_ID")));
    }

    InvalidateEdgeHandler(EdgeInvalidations edge) {
        this.edge = edge;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Set<String> paths = new LinkedHashSet<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                for (String key : S3Events.createdKeys(message.getBody())) {
                    if (key.startsWith(EdgeInvalidationRequests.PREFIX)) {
                        paths.addAll(EdgeInvalidationRequests.paths(key));
                    }
                }
            } catch (IllegalArgumentException notARequest) {
                System.err.println("ignoring message " + message.getMessageId() + ": " + notARequest.getMessage());
            }
        }
        if (!paths.isEmpty()) {
            edge.invalidate(List.copyOf(paths)); // a failure is logged for the alarm: the pages expire within 300 s
        }
        return new SQSBatchResponse(List.of());
    }
}
