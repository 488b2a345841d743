package vn.gov.portal.articles;

import java.util.Map;
import java.util.Set;
import vn.gov.portal.articles.edge.EdgePaths;
import vn.gov.portal.articles.publish.Listings;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.articles.store.ScheduledSlots;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.schedule.ScheduledUploadCancel;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchIndexer;

/**
 * Unpublishing: a version still scheduled for the article's slot (slug and Vietnam day) is cancelled
 * first, or it would publish the taken-down article again as a new one; then out of search results first (a failure leaves the article in place, so the editor's
 * retry finishes the job), then metadata, then every listing, then the page, so no listing points to a missing page;
 * last, the edge's copies of all of them are invalidated. */
public final class ArticleUnpublisher {

    private final ArticleService queries;
    private final ArticlesTable articles;
    private final SiteBucket site;
    private final Listings listings;
    private final SearchIndexer search;
    private final EdgePaths edge;
    private final ScheduledSlots slots;
    private final ScheduledUploadCancel scheduled;

    public ArticleUnpublisher(
            ArticleService queries,
            ArticlesTable articles,
            SiteBucket site,
            Listings listings,
            SearchIndexer search,
            EdgePaths edge,
            ScheduledSlots slots,
            ScheduledUploadCancel scheduled) {
        this.queries = queries;
        this.articles = articles;
        this.site = site;
        this.listings = listings;
        this.search = search;
        this.edge = edge;
        this.slots = slots;
        this.scheduled = scheduled;
    }

    /** Unpublishes the article in the name of {@code editor} and returns it as it was. */
    public Article delete(String id, Editor editor) {
        Article article = queries.get(id);
        slots.get(article.day(), article.slug())
                .ifPresent(uploadId -> scheduled.cancel(
                        editor,
                        uploadId,
                        "cancelled by takedown",
                        Map.of("article", article.id(), "url", article.url())));
        listings.prepare();
        search.remove(Kind.ARTICLE, article.id());
        articles.delete(article);
        Set<Listings.Place> places = Set.of(Listings.Place.of(article));
        listings.refresh(places);
        site.delete(article.url());
        edge.invalidate(places);
        return article;
    }
}
