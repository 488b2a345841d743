package vn.gov.portal.uploads;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.UploadsBucket;
import vn.gov.portal.common.schedule.Schedules;
import vn.gov.portal.common.store.UploadsTable;

/** Wires the upload service from configuration; built once per container. */
final class UploadsModule {

    private UploadsModule() {}

    /** POST: the table and the presigner that signs the upload URL. */
    static UploadService service(Env env) {
        AwsClients aws = AwsClients.from(env);
        DynamoDbClient dynamo = aws.build(DynamoDbClient.builder());
        return new UploadService(
                new UploadsTable(dynamo, env.require("UPLOADS_TABLE")),
                S3Clients.presigner(aws),
                env.require("UPLOADS_BUCKET"),
                Clock.systemUTC(),
                AuditTrail.from(env, dynamo));
    }

    /** GET: the table only (it signs nothing and records nothing, so no presigner and no audit trail). */
    static UploadService reader(Env env) {
        return new UploadService(
                new UploadsTable(AwsClients.from(env).build(DynamoDbClient.builder()), env.require("UPLOADS_TABLE")),
                null,
                env.require("UPLOADS_BUCKET"),
                Clock.systemUTC(),
                null);
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
        return new Drafts(
                new UploadsTable(dynamo, env.require("UPLOADS_TABLE")),
                new UploadsBucket(S3Clients.client(aws), env.require("UPLOADS_BUCKET")),
                Clock.systemUTC(),
                AuditTrail.from(env, dynamo),
                schedules ? Schedules.from(env, aws) : null);
    }
}
