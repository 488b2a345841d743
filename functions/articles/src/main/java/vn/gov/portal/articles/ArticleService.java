package vn.gov.portal.articles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Ids;

/**
 * Public article queries by Vietnam day and look-up by id: DynamoDB reads only, so the read
 * routes build no S3 client and compile no page template at cold start.
 */
public final class ArticleService {

    public static final int MAX_RANGE_DAYS = 366;

    private final ArticlesTable articles;

    public ArticleService(ArticlesTable articles) {
        this.articles = articles;
    }

    /** {@code date=} or {@code from=&to=} (inclusive, at most 366 days), newest first. */
    public ArticlesTable.Page list(Map<String, String> query, int limit) {
        for (String name : query.keySet()) {
            if (!Set.of("date", "from", "to", "limit", "cursor").contains(name)) {
                throw new DomainException.Invalid(name, "is not a known parameter");
            }
        }
        String cursor = query.get("cursor");
        if (query.containsKey("date")) {
            if (query.containsKey("from") || query.containsKey("to")) {
                throw new DomainException.Invalid("date", "cannot be combined with from and to");
            }
            LocalDate day = Dates.parseDay("date", query.get("date"));
            return articles.between(day, day, limit, cursor);
        }
        if (!query.containsKey("from") || !query.containsKey("to")) {
            throw new DomainException.Invalid("date", "give date=YYYY-MM-DD, or from= and to=");
        }
        LocalDate from = Dates.parseDay("from", query.get("from"));
        LocalDate to = Dates.parseDay("to", query.get("to"));
        if (to.isBefore(from)) {
            throw new DomainException.Invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            throw new DomainException.Invalid("to", "the range must cover at most " + MAX_RANGE_DAYS + " days");
        }
        return articles.between(from, to, limit, cursor);
    }

    public Article get(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No article " + id + ".");
        }
        return articles.get(id).orElseThrow(() -> new DomainException.NotFound("No article " + id + "."));
    }

    /** The JSON item of the contract. */
    public static Map<String, Object> toJson(Article a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("slug", a.slug());
        out.put("title", a.title());
        out.put("summary", a.summary());
        out.put("category", a.category());
        out.put("publishedAt", Dates.iso(a.publishedAt()));
        out.put("date", a.day().toString());
        out.put("url", a.url());
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("average", a.ratingAverage());
        rating.put("count", a.ratingCount());
        out.put("rating", rating);
        return out;
    }
}
