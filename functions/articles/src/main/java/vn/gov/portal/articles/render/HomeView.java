package vn.gov.portal.articles.render;

import java.util.List;

/** The latest articles for the home page; shown newest first. */
public record HomeView(List<ArticleLink> latest) {

    public HomeView {
        latest = List.copyOf(latest);
    }
}
