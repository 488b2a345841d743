package vn.gov.portal.articles.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.gov.portal.articles.revisions.ArticleRevisions;
import vn.gov.portal.articles.revisions.RevisionStore;

/** Revisions in memory, keyed like {@link ArticleRevisions} (a re-recorded version replaces itself); one page holds them all. */
final class InMemoryRevisionStore implements RevisionStore {

    private final Map<String, ArticleRevisions.Revision> revisions = new TreeMap<>();

    private static String key(String articleId, String revisionId) {
        return articleId + "/" + revisionId;
    }

    @Override
    public synchronized void record(ArticleRevisions.Revision r) {
        revisions.put(key(r.articleId(), ArticleRevisions.revisionId(r.uploadedAt(), r.uploadId())), r);
    }

    @Override
    public synchronized ArticleRevisions.Page list(String articleId, int limit, String cursor) {
        List<ArticleRevisions.Revision> items = revisions.values().stream()
                .filter(r -> r.articleId().equals(articleId))
                .sorted(Comparator.comparing(ArticleRevisions.Revision::uploadedAt)
                        .reversed())
                .limit(limit)
                .toList();
        return new ArticleRevisions.Page(items, null);
    }

    @Override
    public synchronized Optional<ArticleRevisions.Revision> find(String articleId, String revisionId) {
        return Optional.ofNullable(revisions.get(key(articleId, revisionId)));
    }
}
