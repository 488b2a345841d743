package vn.gov.portal.uploads;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.schedule.Schedules;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.store.UploadsTable;

/** Wires the upload service from configuration; built once per container. */
final class Uploads {

    private Uploads() {}

    static UploadService service(Env env) {
        AwsClients aws = AwsClients.from(env);
        DynamoDbClient dynamo = aws.build(DynamoDbClient.builder());
        return new UploadService(new UploadsTable(dynamo, env.require("UPLOADS_TABLE")),
                S3Clients.presigner(aws), env.require("UPLOADS_BUCKET"), Clock.systemUTC(), AuditTrail.from(env, dynamo));
    }

    /** Drafts for the preview and publish routes: no scheduler client (they never touch a schedule). */
    static Drafts drafts(Env env) {
        return drafts(env, false);
    }

    /** Drafts for the discard route, which also cancels scheduled uploads and so builds the scheduler client. */
    static Drafts discarding(Env env) {
        return drafts(env, true);
    }

    private static Drafts drafts(Env env, boolean schedules) {
        AwsClients aws = AwsClients.from(env);
        DynamoDbClient dynamo = aws.build(DynamoDbClient.builder());
        return new Drafts(new UploadsTable(dynamo, env.require("UPLOADS_TABLE")), S3Clients.client(aws),
                env.require("UPLOADS_BUCKET"), Clock.systemUTC(), AuditTrail.from(env, dynamo),
                schedules ? Schedules.from(env, aws) : null);
    }
}
