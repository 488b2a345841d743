package vn.gov.portal.articles;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.http.Params;
import vn.gov.portal.common.http.QueryParameters;

/**
 * Public article queries by Vietnam day and look-up by id: DynamoDB reads only, so the read
 * routes build no S3 client and compile no page template at cold start.
 */
public final class ArticleService {

    public static final int MAX_RANGE_DAYS = 366;
    private static final Set<String> PARAMETERS = Set.of("date", "from", "to", "limit", "cursor");

    private final ArticlesTable articles;

    public ArticleService(ArticlesTable articles) {
        this.articles = articles;
    }

    /**
     * {@code date=} or {@code from=&to=} (inclusive, at most 366 days), newest first, with
     * {@code limit=} and {@code cursor=}; every refusal of the query is reported at once.
     */
    public ArticlesTable.Page list(Map<String, String> query) {
        QueryParameters q = QueryParameters.read(query, PARAMETERS);
        int limit = q.limit(Params.MAX_LIMIT);
        LocalDate from;
        LocalDate to;
        if (q.has("date")) {
            if (q.has("from") || q.has("to")) {
                q.refuse("date", "cannot be combined with from and to");
            }
            from = to = q.day("date");
        } else {
            if (!q.has("from") || !q.has("to")) {
                q.refuse("date", "give date=YYYY-MM-DD, or from= and to=");
            }
            from = q.day("from");
            to = q.day("to");
            q.refuseLongRange(from, to, MAX_RANGE_DAYS);
        }
        q.validate();
        return articles.between(from, to, limit, q.text("cursor"));
    }

    public Article get(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No article " + id + ".");
        }
        return articles.get(id).orElseThrow(() -> new DomainException.NotFound("No article " + id + "."));
    }
}
