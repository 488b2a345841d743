package vn.gov.portal.uploads;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.store.UploadsTable;

/** Wires the upload service from configuration; built once per container. */
final class Uploads {

    private Uploads() {}

    /** POST: the table and the presigner that signs the upload URL. */
    static UploadService service(Env env) {
        AwsClients aws = AwsClients.from(env);
        return new UploadService(table(aws, env), S3Clients.presigner(aws), env.require("UPLOADS_BUCKET"),
                Clock.systemUTC());
    }

    /** GET: the table only (it signs nothing, so it has no presigner). */
    static UploadService reader(Env env) {
        return new UploadService(table(AwsClients.from(env), env), null, env.require("UPLOADS_BUCKET"),
                Clock.systemUTC());
    }

    private static UploadsTable table(AwsClients aws, Env env) {
        return new UploadsTable(aws.build(DynamoDbClient.builder()), env.require("UPLOADS_TABLE"));
    }
}
