package vn.gov.portal.articles.render;

import java.time.YearMonth;
import java.util.List;
import vn.gov.portal.common.Sections;

/**
 * A section's page: its landing page ({@code month} null: the newest articles) or one month of
 * it. {@code months} are the months that hold (or held) its articles, newest first: the landing
 * page lists them all, a month page links to the months before and after it among them.
 * {@code more} says the landing page shows only the newest of more articles.
 */
public record SectionView(
        Sections.Section section, YearMonth month, List<ArticleLink> articles, List<YearMonth> months, boolean more) {

    public SectionView {
        articles = List.copyOf(articles);
        months = List.copyOf(months);
    }
}
