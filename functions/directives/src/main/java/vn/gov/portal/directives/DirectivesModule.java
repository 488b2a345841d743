package vn.gov.portal.directives;

import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.search.SearchModule;

/** Builds the directives service from configuration, once per container. */
public final class DirectivesModule {

    private final Env env;
    private final AwsClients aws;
    private final DynamoDbClient dynamo;

    public DirectivesModule(Env env) {
        this.env = env;
        this.aws = AwsClients.from(env);
        this.dynamo = aws.build(DynamoDbClient.builder());
    }

    /** The editors' audit trail (the writing routes record into it). */
    public AuditTrail audit() {
        return AuditTrail.from(env, dynamo);
    }

    /** The write routes (create, import, delete): table, site bucket, uploads, pages, search index. */
    public DirectiveService service() {
        S3Client s3 = S3Clients.client(aws);
        SiteBucket site = new SiteBucket(s3, env.require("SITE_BUCKET"));
        DirectivesTable table = new DirectivesTable(dynamo, env.require("DIRECTIVES_TABLE"));
        Attachments attachments = new Attachments(
                new UploadsTable(dynamo, env.require("UPLOADS_TABLE")), site, env.require("UPLOADS_BUCKET"));
        DirectiveSite pages = new DirectiveSite(
                table, site, memoize(() -> new DirectivePages(env.require("MINISTRY_NAME"))), Clock.systemUTC());
        return new DirectiveService(
                table,
                attachments,
                new LatestSnapshot(table, site, Clock.systemUTC()),
                pages,
                Clock.systemUTC(),
                SearchModule.indexer(dynamo, env));
    }

    /**
     * The read routes (list, get): the directives table only, no S3 client, uploads table or
     * search indexer. The service's write methods are not called on these routes.
     */
    public DirectiveService reader() {
        DirectivesTable table = new DirectivesTable(dynamo, env.require("DIRECTIVES_TABLE"));
        return new DirectiveService(table, null, null, null, Clock.systemUTC(), null);
    }

    /** The preview derives fields from a title and reads and writes nothing: no AWS client at all. */
    public static DirectiveService previewer() {
        return new DirectiveService(null, null, null, null, Clock.systemUTC(), null);
    }

    /** Built on first use and kept: only the routes that write pages compile the templates. */
    private static <T> Supplier<T> memoize(Supplier<T> factory) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = factory.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
