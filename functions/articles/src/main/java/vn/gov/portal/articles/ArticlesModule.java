package vn.gov.portal.articles;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.publish.UploadPublisher;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.site.SiteAssets;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.store.UploadsTable;

/** Builds the articles area's services from configuration, once per container. */
public final class ArticlesModule {

    private final Env env;
    private final AwsClients aws;
    private final DynamoDbClient dynamo;

    public ArticlesModule(Env env) {
        this.env = env;
        this.aws = AwsClients.from(env);
        this.dynamo = aws.build(DynamoDbClient.builder());
    }

    public ArticlesTable articles() {
        return new ArticlesTable(dynamo, env.require("ARTICLES_TABLE"));
    }

    public Listings listings(S3Client s3) {
        return new Listings(articles(), new SiteBucket(s3, env.require("SITE_BUCKET")), pages(),
                env.get("SITE_URL", "http://127.0.0.1:3000"));
    }

    public PageRenderer pages() {
        return new PageRenderer(env.get("MINISTRY_NAME", "Bộ Lao động - Thương binh và Xã hội"));
    }

    public UploadPublisher publisher() {
        S3Client s3 = S3Clients.client(aws);
        return new UploadPublisher(new UploadsTable(dynamo, env.require("UPLOADS_TABLE")), articles(), s3,
                env.require("UPLOADS_BUCKET"), new SiteBucket(s3, env.require("SITE_BUCKET")), listings(s3), pages(),
                Clock.systemUTC());
    }

    public SiteAssets siteAssets() {
        return new SiteAssets(new SiteBucket(S3Clients.client(aws), env.require("SITE_BUCKET")), pages());
    }

    public ArticleService service() {
        return new ArticleService(articles());
    }

    public ArticleUnpublisher unpublisher() {
        S3Client s3 = S3Clients.client(aws);
        return new ArticleUnpublisher(service(), articles(), new SiteBucket(s3, env.require("SITE_BUCKET")), listings(s3));
    }
}
