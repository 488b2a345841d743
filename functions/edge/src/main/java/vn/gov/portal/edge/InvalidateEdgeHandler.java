package vn.gov.portal.edge;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.EdgeInvalidationRequests;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.S3Events;

/**
 * InvalidateEdgeFunction: S3 notifications (via EdgeInvalidationQueue) of the invalidation
 * requests the publish, delete-article and schedule functions write
 * ({@link EdgeInvalidationRequests}). The paths of a whole batch go to CloudFront in one
 * invalidation; then the requests are deleted. A request that cannot be read is reported as
 * that message's failure (retried, then the dead-letter queue); one already deleted (a message
 * delivered twice) asks for nothing.
 */
public final class InvalidateEdgeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final EdgeInvalidationRequests requests;
    private final EdgeInvalidations edge;

    public InvalidateEdgeHandler() {
        this(Env.system());
    }

    public InvalidateEdgeHandler(Env env) {
        AwsClients aws = AwsClients.from(env);
        this.requests = new EdgeInvalidationRequests(S3Clients.client(aws), env.require("UPLOADS_BUCKET"));
        CloudFrontClient cloudFront = aws.build(CloudFrontClient.builder(), Region.US_EAST_1); // a global API, served from us-east-1
        this.edge = EdgeInvalidations.of(new CloudFrontInvalidator(cloudFront, env.require("DISTRIBUTION_ID")));
    }

    InvalidateEdgeHandler(EdgeInvalidationRequests requests, EdgeInvalidations edge) {
        this.requests = requests;
        this.edge = edge;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        List<String> handled = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                List<String> keys = S3Events.createdKeys(message.getBody()).stream()
                        .filter(k -> k.startsWith(EdgeInvalidationRequests.PREFIX)).toList();
                for (String key : keys) {
                    Optional<List<String>> asked = requests.read(key);
                    asked.ifPresent(paths::addAll);
                    if (asked.isPresent()) {
                        handled.add(key);
                    }
                }
            } catch (IllegalArgumentException notARequest) {
                System.err.println("ignoring message " + message.getMessageId() + ": " + notARequest.getMessage());
            } catch (RuntimeException e) {
                System.err.println("could not read the requests of message " + message.getMessageId() + ": " + e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        if (!paths.isEmpty()) {
            edge.invalidate(List.copyOf(paths)); // a failure is logged for the alarm: the pages expire within 300 s
        }
        handled.forEach(requests::delete);
        return new SQSBatchResponse(failures);
    }
}
