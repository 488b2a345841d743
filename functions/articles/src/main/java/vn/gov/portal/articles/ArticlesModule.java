package vn.gov.portal.articles;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.publish.UploadPublisher;
import vn.gov.portal.articles.render.SymbolLinker;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.site.SiteAssets;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.aws.S3Clients;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.SymbolPages;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.search.SearchModule;

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

    public PageRenderer pages() {
        return new PageRenderer(env.get("MINISTRY_NAME", "Bộ Lao động - Thương binh và Xã hội"), siteUrl());
    }

    public ArticleService service() {
        return new ArticleService(articles());
    }

    public UploadPublisher publisher() {
        S3Client s3 = S3Clients.client(aws);
        ArticlesTable articles = articles();
        SiteBucket site = site(s3);
        PageRenderer pages = pages();
        SymbolPages directives = new SymbolPages(new DirectivesTable(dynamo, env.require("DIRECTIVES_TABLE")));
        return new UploadPublisher(new UploadsTable(dynamo, env.require("UPLOADS_TABLE")), articles, s3,
                env.require("UPLOADS_BUCKET"), site, listings(articles, site, pages), pages, Clock.systemUTC(),
                new SymbolLinker(directives::pagesIn), SearchModule.indexer(dynamo, env));
    }

    public ArticleUnpublisher unpublisher() {
        ArticlesTable articles = articles();
        SiteBucket site = site(S3Clients.client(aws));
        return new ArticleUnpublisher(new ArticleService(articles), articles, site, listings(articles, site, pages()),
                SearchModule.indexer(dynamo, env));
    }

    public SiteAssets siteAssets() {
        return new SiteAssets(site(S3Clients.client(aws)), pages(), siteUrl());
    }

    private SiteBucket site(S3Client s3) {
        return new SiteBucket(s3, env.require("SITE_BUCKET"));
    }

    private Listings listings(ArticlesTable articles, SiteBucket site, PageRenderer pages) {
        return new Listings(articles, site, pages, siteUrl());
    }

    private String siteUrl() {
        return env.get("SITE_URL", "http://127.0.0.1:3000");
    }
}
