package vn.gov.portal.articles.render;

import java.util.List;
import vn.gov.portal.common.Sections;

/**
 * The home page: the latest articles (the lead is the newest with an image, else the newest;
 * the next few are listed beside it) and one block per section with its newest articles.
 */
public record HomeView(List<ArticleLink> latest, List<SectionBlock> blocks) {

    /** A section and its newest articles, newest first. */
    public record SectionBlock(Sections.Section section, List<ArticleLink> articles) {
        public SectionBlock {
            articles = List.copyOf(articles);
        }
    }

    public HomeView {
        latest = List.copyOf(latest);
        blocks = List.copyOf(blocks);
    }

    public HomeView(List<ArticleLink> latest) {
        this(latest, List.of());
    }
}
