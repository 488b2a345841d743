package vn.gov.portal.articles;

import java.util.Set;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.aws.SiteBucket;

/** Unpublishing: metadata first, then every listing, then the page, so no listing points to a missing page. */
public final class ArticleUnpublisher {

    private final ArticleService queries;
    private final ArticlesTable articles;
    private final SiteBucket site;
    private final Listings listings;

    public ArticleUnpublisher(ArticleService queries, ArticlesTable articles, SiteBucket site, Listings listings) {
        this.queries = queries;
        this.articles = articles;
        this.site = site;
        this.listings = listings;
    }

    public void delete(String id) {
        Article article = queries.get(id);
        articles.delete(article);
        listings.refresh(Set.of(Listings.Place.of(article)));
        site.delete(article.url());
    }
}
