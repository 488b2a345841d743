package vn.gov.portal.articles;

import vn.gov.portal.articles.revisions.ArticleRevisions;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.PageBody;

/** The article routes' response bodies, as openapi.yaml shows them (field order included). */
public final class ArticleResponses {

    private ArticleResponses() {}

    /** An article of the contract: {@code GET /api/articles/{id}} and the list's items. */
    public record Item(
            String id,
            String slug,
            String title,
            String summary,
            String category,
            String publishedAt,
            String date,
            String url,
            Rating rating) {

        public static Item of(Article a) {
            return new Item(
                    a.id(),
                    a.slug(),
                    a.title(),
                    a.summary(),
                    a.category(),
                    Dates.iso(a.publishedAt()),
                    a.day().toString(),
                    a.url(),
                    new Rating(a.ratingAverage(), a.ratingCount()));
        }
    }

    public record Rating(double average, long count) {}

    /** {@code GET /api/articles}: a page, newest first. */
    public static PageBody<Item> page(ArticlesTable.Page page) {
        return PageBody.of(page.items(), page.nextCursor(), Item::of);
    }

    /** {@code GET /api/articles/{id}/revisions}: the versions published, newest first. */
    public static PageBody<Revision> revisions(ArticleRevisions.Page page) {
        return PageBody.of(page.items(), page.nextCursor(), Revision::of);
    }

    public record Revision(
            String revisionId, String uploadId, String publishedAt, Editor editor, String title, String url) {

        static Revision of(ArticleRevisions.Revision r) {
            return new Revision(
                    ArticleRevisions.revisionId(r.uploadedAt(), r.uploadId()),
                    r.uploadId(),
                    r.publishedAt().toString(),
                    r.editor(),
                    r.title(),
                    r.url());
        }
    }
}
