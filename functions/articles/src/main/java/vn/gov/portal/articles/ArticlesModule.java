package vn.gov.portal.articles;

import java.time.Clock;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.articles.edge.EdgePaths;
import vn.gov.portal.articles.edge.SiteEdge;
import vn.gov.portal.articles.publish.DraftPreviews;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.publish.ScheduledPublishing;
import vn.gov.portal.articles.publish.UploadPublisher;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.SymbolLinker;
import vn.gov.portal.articles.revisions.ArticleRevisions;
import vn.gov.portal.articles.revisions.RevisionRestorer;
import vn.gov.portal.articles.site.SiteAssets;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.articles.store.ScheduledSlots;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.EdgeInvalidationRequests;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.UploadsBucket;
import vn.gov.portal.common.schedule.ScheduledUploadCancel;
import vn.gov.portal.common.schedule.Schedules;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.SymbolPages;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.search.SearchModule;

/**
 * Builds the articles area's services from configuration, once per container. Only the functions
 * that write pages read the site's address ({@link SiteEdge}), and only publish and unpublish ask
 * for invalidations ({@link EdgePaths}); none calls CloudFront (InvalidateEdgeFunction does).
 */
public final class ArticlesModule {

    private final Env env;
    private final AwsClients aws;
    private final DynamoDbClient dynamo;
    private S3Client s3;
    private Schedules schedules;

    public ArticlesModule(Env env) {
        this.env = env;
        this.aws = AwsClients.from(env);
        this.dynamo = aws.build(DynamoDbClient.builder());
    }

    /** One S3 client per container, however many services share it (the schedule function publishes and unpublishes). */
    private S3Client s3() {
        if (s3 == null) {
            s3 = S3Clients.client(aws);
        }
        return s3;
    }

    public ArticlesTable articles() {
        return new ArticlesTable(dynamo, env.require("ARTICLES_TABLE"));
    }

    private PageRenderer pages(SiteEdge edge) {
        return new PageRenderer(env.get("MINISTRY_NAME", "Bộ Lao động - Thương binh và Xã hội"), edge::siteUrl);
    }

    public ArticleService service() {
        return new ArticleService(articles());
    }

    public UploadPublisher publisher() {
        S3Client s3 = s3();
        ArticlesTable articles = articles();
        SiteBucket site = site(s3);
        SiteEdge edge = edge();
        PageRenderer pages = pages(edge);
        SymbolPages directives = new SymbolPages(new DirectivesTable(dynamo, env.require("DIRECTIVES_TABLE")));
        UploadsTable uploads = new UploadsTable(dynamo, env.require("UPLOADS_TABLE"));
        UploadsBucket uploadObjects = new UploadsBucket(s3, env.require("UPLOADS_BUCKET"));
        return new UploadPublisher(
                uploads,
                articles,
                uploadObjects,
                site,
                new Listings(articles, site, pages, edge::siteUrl),
                pages,
                Clock.systemUTC(),
                new SymbolLinker(directives::pagesIn),
                SearchModule.indexer(dynamo, env),
                audit(),
                new DraftPreviews(uploads, uploadObjects, Clock.systemUTC(), audit()),
                new ScheduledPublishing(
                        uploads,
                        schedules(),
                        Clock.systemUTC(),
                        audit(),
                        new ScheduledSlots(dynamo, env.require("ARTICLES_TABLE"))),
                revisions(),
                invalidations());
    }

    /** The one-time schedules of timed publication and expiry (only the functions that set or cancel them build this, once per container). */
    public Schedules schedules() {
        if (schedules == null) {
            schedules = Schedules.from(env, aws);
        }
        return schedules;
    }

    /** Every published version of every article (in the articles table, beside each article). */
    public ArticleRevisions revisions() {
        return new ArticleRevisions(dynamo, env.require("ARTICLES_TABLE"));
    }

    public RevisionRestorer restorer() {
        return new RevisionRestorer(
                revisions(), articles(), uploads(), s3(), env.require("UPLOADS_BUCKET"), Clock.systemUTC(), audit());
    }

    public UploadsTable uploads() {
        return new UploadsTable(dynamo, env.require("UPLOADS_TABLE"));
    }

    /** The editors' audit trail (the publish function and unpublishing record into it). */
    public AuditTrail audit() {
        return AuditTrail.from(env, dynamo);
    }

    public ArticleUnpublisher unpublisher() {
        ArticlesTable articles = articles();
        SiteBucket site = site(s3());
        SiteEdge edge = edge();
        return new ArticleUnpublisher(
                new ArticleService(articles),
                articles,
                site,
                new Listings(articles, site, pages(edge), edge::siteUrl),
                SearchModule.indexer(dynamo, env),
                invalidations(),
                new ScheduledSlots(dynamo, env.require("ARTICLES_TABLE")),
                new ScheduledUploadCancel(uploads(), schedules(), audit(), Clock.systemUTC()));
    }

    /**
     * The site's fixed files for an address (the SiteAssets custom resource's SiteUrl), which they
     * also record for the functions that write pages; the S3 client is built now, at init.
     */
    public Function<String, SiteAssets> siteAssets() {
        S3Client s3 = s3();
        SiteBucket site = site(s3);
        String uploads = env.require("UPLOADS_BUCKET");
        return siteUrl -> {
            SiteEdge edge = SiteEdge.of(siteUrl);
            return new SiteAssets(site, pages(edge), edge::siteUrl, () -> SiteEdge.write(s3, uploads, siteUrl));
        };
    }

    private SiteBucket site(S3Client s3) {
        return new SiteBucket(s3, env.require("SITE_BUCKET"));
    }

    /** The site's address, as SiteAssets recorded it in the uploads bucket; read on first use. */
    private SiteEdge edge() {
        return SiteEdge.fromBucket(s3(), env.require("UPLOADS_BUCKET"));
    }

    /** Invalidation requests, written to the uploads bucket for InvalidateEdgeFunction. */
    private EdgePaths invalidations() {
        EdgeInvalidationRequests requests = new EdgeInvalidationRequests(s3(), env.require("UPLOADS_BUCKET"));
        return EdgePaths.of(requests::send);
    }
}
