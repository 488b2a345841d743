package vn.gov.portal.articles;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.gov.portal.articles.render.Figure;
import vn.gov.portal.articles.render.RenderedBody;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.search.Field;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchDocument;

/** What the search index learns from a published article: its words, not its markup. */
public final class ArticleSearchDocument {

    private ArticleSearchDocument() {}

    public static SearchDocument of(Article article, RenderedBody body) {
        Document html = Jsoup.parseBodyFragment(body.html());
        StringJoiner captions = new StringJoiner(" ");
        for (Element caption : html.select("figcaption")) {
            captions.add(caption.text());
            caption.remove();
        }
        body.trailingFigures().stream()
                .map(Figure::caption)
                .filter(c -> c != null)
                .forEach(captions::add);
        String text = html.body().text();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, article.title());
        if (article.summary() != null) {
            fields.put(Field.SUMMARY, article.summary());
        }
        fields.put(Field.BODY, text);
        fields.put(Field.CAPTION, captions.toString());
        String snippetSource = article.summary() == null ? text : article.summary() + " " + text;
        return new SearchDocument(
                Kind.ARTICLE,
                article.id(),
                article.title(),
                article.url(),
                article.day(),
                article.publishedAt().toInstant(),
                fields,
                snippetSource);
    }
}
