package vn.gov.portal.articles;

import java.util.List;
import vn.gov.portal.articles.revisions.ArticleRevisions;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.http.Editor;

/** The article routes' response bodies, as openapi.yaml shows them (field order included). */
public final class ArticleResponses {

    private ArticleResponses() {}

    /** An article of the contract: {@code GET /api/articles/{id}} and the list's items. */
    public record Item(String id, String slug, String title, String summary, String category,
                       String publishedAt, String date, String url, Rating rating) {

        public static Item of(Article a) {
            return new Item(a.id(), a.slug(), a.title(), a.summary(), a.category(), Dates.iso(a.publishedAt()),
                    a.day().toString(), a.url(), new Rating(a.ratingAverage(), a.ratingCount()));
        }
    }

    public record Rating(double average, long count) {}

    /** {@code GET /api/articles}: a page, newest first; {@code nextCursor} null on the last. */
    public record Page(List<Item> items, String nextCursor) {

        public static Page of(ArticlesTable.Page page) {
            return new Page(page.items().stream().map(Item::of).toList(), page.nextCursor());
        }
    }

    /** {@code GET /api/articles/{id}/revisions}: the versions published, newest first. */
    public record Revisions(List<Revision> items, String nextCursor) {

        public static Revisions of(ArticleRevisions.Page page) {
            return new Revisions(page.items().stream().map(Revision::of).toList(), page.nextCursor());
        }
    }

    public record Revision(String revisionId, String uploadId, String publishedAt, Editor editor, String title, String url) {

        static Revision of(ArticleRevisions.Revision r) {
            return new Revision(ArticleRevisions.revisionId(r.uploadedAt(), r.uploadId()), r.uploadId(),
                    r.publishedAt().toString(), r.editor(), r.title(), r.url());
        }
    }
}
