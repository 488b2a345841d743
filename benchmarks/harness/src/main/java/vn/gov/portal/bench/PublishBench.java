package vn.gov.portal.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import vn.gov.portal.articles.render.ArticleView;
import vn.gov.portal.articles.render.BodyRenderer;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.RenderedBody;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.source.ArticleSource;
import vn.gov.portal.articles.source.ArticleSourceParser;

/**
 * What the publish function does per article in the CPU: parse the source (front matter,
 * validation), render and sanitize the body, render the page. The baseline is CommonMark alone
 * rendering the same body (no validation, no sanitizer, no page template).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PublishBench {

    private final String text = Setup.typicalArticle();
    private final String body = text.substring(text.indexOf("\n---\n", 4) + 5);
    private final ArticleSourceParser parser = new ArticleSourceParser();
    private final BodyRenderer bodies = new BodyRenderer();
    private final PageRenderer pages = new PageRenderer("Bộ Lao động - Thương binh và Xã hội");
    private final Parser markdown = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().build();
    private final Instant uploadedAt = Instant.parse("2019-01-08T03:00:00Z");

    @Benchmark
    public String publishArticlePage() {
        ArticleSource source = parser.parse(text, "text/markdown", uploadedAt);
        RenderedBody rendered = bodies.render(source, Map.of());
        String url = SitePaths.articlePath(source.category(), source.publishedAt(), source.slug());
        return pages.articlePage(ArticleView.builder()
                .id("01HBENCH0000000000000000")
                .title(source.title())
                .summary(source.summary())
                .author(source.author())
                .publishedAt(source.publishedAt())
                .url(url)
                .bodyHtml(rendered.html())
                .figures(rendered.trailingFigures())
                .category(source.category())
                .build());
    }

    private final ArticleSource parsed = parser.parse(text, "text/markdown", uploadedAt);
    private final RenderedBody renderedBody = bodies.render(parsed, Map.of());
    private final ArticleView view = ArticleView.builder()
            .id("01HBENCH0000000000000000")
            .title(parsed.title())
            .summary(parsed.summary())
            .author(parsed.author())
            .publishedAt(parsed.publishedAt())
            .url(SitePaths.articlePath(parsed.category(), parsed.publishedAt(), parsed.slug()))
            .bodyHtml(renderedBody.html())
            .figures(renderedBody.trailingFigures())
            .category(parsed.category())
            .build();

    /** The three steps of {@link #publishArticlePage} alone, to see where its time goes. */
    @Benchmark
    public ArticleSource step1Parse() {
        return parser.parse(text, "text/markdown", uploadedAt);
    }

    @Benchmark
    public RenderedBody step2RenderAndSanitizeBody() {
        return bodies.render(parsed, Map.of());
    }

    @Benchmark
    public String step3RenderPage() {
        return pages.articlePage(view);
    }

    @Benchmark
    public String commonmarkOnly() {
        return html.render(markdown.parse(body));
    }
}
