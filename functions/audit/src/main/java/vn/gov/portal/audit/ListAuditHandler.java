package vn.gov.portal.audit;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTable;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** GET /api/audit?from=&to=&editor= (editor): the audit trail, newest first, a page at a time. */
public final class ListAuditHandler extends ApiHandler {

    private final AuditQuery audit;

    public ListAuditHandler() {
        this(Env.system());
    }

    public ListAuditHandler(Env env) {
        DynamoDbClient dynamo = AwsClients.from(env).build(DynamoDbClient.builder());
        this.audit = new AuditQuery(new AuditTable(dynamo, env.require("AUDIT_TABLE")), Clock.systemUTC());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        return ApiResponse.ok(AuditResponses.page(audit.page(request.queryParameters())))
                .withHeader("cache-control", "no-store");
    }
}
