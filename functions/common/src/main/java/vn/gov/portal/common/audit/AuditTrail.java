package vn.gov.portal.common.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.http.Editor;

/**
 * Records what editors do. Called after an action has taken effect, so an entry says what
 * happened; a request refused as invalid or unauthorized changes nothing and records nothing
 * (the API's access log has it). If the write fails the caller's request fails (5xx) and the
 * editor's retry records it: an action is recorded at least once.
 */
public final class AuditTrail {

    /** {@code AUDIT_RETENTION_DAYS}: how long an entry is kept (the template's AuditRetentionDays). */
    public static final int DEFAULT_RETENTION_DAYS = 3653;

    private final AuditStore table;
    private final Clock clock;
    private final Duration retention;

    public AuditTrail(AuditStore table, Clock clock, Duration retention) {
        this.table = table;
        this.clock = clock;
        this.retention = retention;
    }

    /** The trail of the template's AuditTable, with the configured retention. */
    public static AuditTrail from(Env env, DynamoDbClient dynamo) {
        return new AuditTrail(
                new AuditTable(dynamo, env.require("AUDIT_TABLE")),
                Clock.systemUTC(),
                Duration.ofDays(env.getInt("AUDIT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)));
    }

    public AuditEntry record(Editor editor, String action, String target, String outcome, Map<String, String> details) {
        var now = clock.instant();
        AuditEntry entry = new AuditEntry(Ids.newId(), now, editor, action, target, outcome, details);
        table.append(entry, now.plus(retention));
        return entry;
    }
}
