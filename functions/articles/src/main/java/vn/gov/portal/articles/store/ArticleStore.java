package vn.gov.portal.articles.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What publishing needs of the articles: {@link ArticlesTable} is the DynamoDB one; unit tests use
 * an in-memory one. A save writes the article, its slug and its listing copies together.
 */
public interface ArticleStore extends ListingStore {

    Optional<Article> get(String id);

    /** The id of the article published under a slug on a Vietnam day, if any. */
    Optional<String> idForSlug(LocalDate day, String slug);

    /** Stores a new article or a new version of {@code previous} (null for a new one), with its slug and listing copies. */
    void save(Article a, Article previous);

    /** Up to {@code limit} articles of a section published before {@code a}, newest first. */
    List<Listed> sectionBefore(Article a, int limit);
}
