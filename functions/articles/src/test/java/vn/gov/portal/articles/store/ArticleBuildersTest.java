package vn.gov.portal.articles.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.render.ArticleLink;
import vn.gov.portal.articles.render.ArticleView;
import vn.gov.portal.articles.render.Figure;
import vn.gov.portal.articles.render.Picture;
import vn.gov.portal.articles.source.ArticleSource;
import vn.gov.portal.articles.source.BodyFormat;
import vn.gov.portal.articles.source.ImageRef;

/** The builders put every field in its place: each string field is given its own name (a link: "/" + it). */
class ArticleBuildersTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-01-05T09:00:00+07:00");
    private static final OffsetDateTime LATER = PUBLISHED.plusDays(30);
    private static final Picture LEAD = new Picture("/a.jpg", "alt", 960, 540, List.of(320));

    @Test
    void article() throws Exception {
        Article a = Article.builder()
                .id("id")
                .slug("slug")
                .title("title")
                .summary("summary")
                .category("category")
                .author("author")
                .publishedAt(PUBLISHED)
                .url("url")
                .sourceUploadId("sourceUploadId")
                .updatedAt(Instant.EPOCH)
                .ratingCount(3)
                .ratingSum(12)
                .lead(LEAD)
                .build();
        assertStringsHoldTheirNames(a);
        assertThat(List.of(a.ratingCount(), a.ratingSum())).containsExactly(3L, 12L);
        assertThat(a.lead()).isEqualTo(LEAD);
    }

    @Test
    void articleView() throws Exception {
        List<Figure> figures = List.of(new Figure("/b.jpg", "caption"));
        List<ArticleLink> related = List.of(new ArticleLink("t", "/r.html", null, PUBLISHED, null, "tin-tuc"));
        ArticleView v = ArticleView.builder()
                .id("id")
                .title("title")
                .summary("summary")
                .author("author")
                .publishedAt(PUBLISHED)
                .url("/url")
                .bodyHtml("bodyHtml")
                .figures(figures)
                .category("category")
                .updatedAt(Instant.EPOCH)
                .lead(LEAD)
                .related(related)
                .build();
        assertStringsHoldTheirNames(v);
        assertThat(List.of(v.figures(), v.related())).containsExactly(figures, related);
        assertThat(ArticleView.builder().url("/u").build().figures()).isEmpty();
    }

    @Test
    void articleSource() throws Exception {
        List<ImageRef> images = List.of(new ImageRef("u1", "caption"));
        ArticleSource s = ArticleSource.builder()
                .title("title")
                .publishedAt(PUBLISHED)
                .summary("summary")
                .slug("slug")
                .category("category")
                .author("author")
                .images(images)
                .body("body")
                .format(BodyFormat.HTML)
                .id("id")
                .draft(true)
                .expiresAt(LATER)
                .build();
        assertStringsHoldTheirNames(s);
        assertThat(List.of(s.publishedAt(), s.expiresAt())).containsExactly(PUBLISHED, LATER);
        assertThat(s.draft()).isTrue();
        assertThat(ArticleSource.builder().build().images()).isEmpty();
    }

    private static void assertStringsHoldTheirNames(Record r) throws Exception {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value = c.getAccessor().invoke(r);
            assertThat(value).as(c.getName()).isNotNull();
            if (c.getType() == String.class) {
                assertThat((String) value).as(c.getName()).isIn(c.getName(), "/" + c.getName());
            }
        }
    }
}
