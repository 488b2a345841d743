package vn.gov.portal.articles.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionRestorerTest {

    private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbb";
    /** When the restored version was uploaded: 2019-05-06 09:30 in Vietnam. */
    private static final Instant UPLOADED = Instant.parse("2019-05-06T02:30:00.123Z");

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aRestoredSourceNamesItsArticleAndIsNoDraft() {
        String source =
                "\uFEFF---\r\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\r\ntitle: Quy chế\r\npublishedAt: 2019-05-06T09:30:00+07:00\r\n"
                        + "draft: true\r\n---\r\nid: stays in the body\r\n";
        assertThat(RevisionRestorer.namedTo(source, B, UPLOADED, NOW))
                .isEqualTo("---\nid: " + B
                        + "\ntitle: Quy chế\npublishedAt: 2019-05-06T09:30:00+07:00\n---\nid: stays in the body\n");
    }

    @Test
    void aRestoredSourceKeepsItsSectionAndAnExpiryStillAhead() {
        String source = "---\ntitle: Quy chế\npublishedAt: 2019-05-06T09:30:00+07:00\nsection: thong-bao\nimages:\n"
                + "  - key: abc\n    caption: Ảnh\nexpiresAt: 2030-01-01T00:00:00+07:00\n---\nB\n";
        assertThat(RevisionRestorer.namedTo(source, B, UPLOADED, NOW))
                .isEqualTo("---\nid: " + B + "\n" + source.substring(4));
    }

    @Test
    void aSourceWithoutAPublicationTimeKeepsTheOneItWasPublishedWithNotToday() {
        assertThat(RevisionRestorer.namedTo("---\ntitle: A\n---\nB\n", B, UPLOADED, NOW))
                .isEqualTo("---\nid: " + B + "\npublishedAt: 2019-05-06T09:30:00+07:00\ntitle: A\n---\nB\n");
    }

    @Test
    void anExpiryAlreadyPastIsDroppedSoTheRestoredVersionStays() {
        String source =
                "---\ntitle: A\npublishedAt: 2019-05-06T09:30:00+07:00\nexpiresAt: '2020-01-01T00:00:00+07:00'\n---\nB\n";
        assertThat(RevisionRestorer.namedTo(source, B, UPLOADED, NOW))
                .isEqualTo("---\nid: " + B + "\ntitle: A\npublishedAt: 2019-05-06T09:30:00+07:00\n---\nB\n");
    }

    @Test
    void anUnpublishedArticlesSourceNamesNone() {
        assertThat(RevisionRestorer.namedTo(
                        "---\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\ntitle: A\npublishedAt: 2019-05-06T09:30:00+07:00\n---\nB\n",
                        null,
                        UPLOADED,
                        NOW))
                .isEqualTo("---\ntitle: A\npublishedAt: 2019-05-06T09:30:00+07:00\n---\nB\n");
    }

    @Test
    void textWithoutFrontMatterIsLeftForThePipelineToRefuse() {
        assertThat(RevisionRestorer.namedTo("no front matter", B, UPLOADED, NOW))
                .isEqualTo("no front matter");
    }
}
