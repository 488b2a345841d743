package vn.gov.portal.articles.render;

import java.time.LocalDate;
import java.util.List;

/** The articles of one Vietnam calendar day in one category; shown newest first whatever the order given. */
public record DayArchiveView(LocalDate day, String category, List<ArticleLink> articles) {

    public DayArchiveView {
        articles = List.copyOf(articles);
    }
}
