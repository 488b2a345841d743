package vn.gov.portal.articles.render;

import java.util.List;

/**
 * The sanitized body with figures placed where the body refers to them, and the figures it does
 * not refer to, in front matter order, for the page to show after the body.
 */
public record RenderedBody(String html, List<Figure> trailingFigures) {

    public RenderedBody {
        trailingFigures = List.copyOf(trailingFigures);
    }
}
