package vn.gov.portal.articles.revisions;

import java.util.Optional;

/**
 * Every published version of every article: {@link ArticleRevisions} (DynamoDB) in the functions;
 * unit tests use an in-memory one.
 */
public interface RevisionStore {

    /** Records a published version (a redelivered event records the same revision again, not twice). */
    void record(ArticleRevisions.Revision r);

    /** An article's versions, newest first, a page at a time. */
    ArticleRevisions.Page list(String articleId, int limit, String cursor);

    Optional<ArticleRevisions.Revision> find(String articleId, String revisionId);
}
