package vn.gov.portal.articles.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionRestorerTest {

    @Test
    void aRestoredSourceNamesItsArticleAndIsNoDraft() {
        String source = "\uFEFF---\r\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\r\ntitle: Quy chế\r\ndraft: true\r\n---\r\nid: stays in the body\r\n";
        assertThat(RevisionRestorer.namedTo(source, "bbbbbbbbbbbbbbbbbbbbbbbbbb"))
                .isEqualTo("---\nid: bbbbbbbbbbbbbbbbbbbbbbbbbb\ntitle: Quy chế\n---\nid: stays in the body\n");
    }

    @Test
    void aRestoredSourceKeepsItsSectionAndExpiry() {
        String source = "---\ntitle: Quy chế\nsection: thong-bao\nimages:\n  - key: abc\n    caption: Ảnh\n"
                + "expiresAt: 2030-01-01T00:00:00+07:00\n---\nB\n";
        assertThat(RevisionRestorer.namedTo(source, "bbbbbbbbbbbbbbbbbbbbbbbbbb"))
                .isEqualTo("---\nid: bbbbbbbbbbbbbbbbbbbbbbbbbb\n" + source.substring(4));
    }

    @Test
    void anUnpublishedArticlesSourceNamesNone() {
        assertThat(RevisionRestorer.namedTo("---\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\ntitle: A\n---\nB\n", null))
                .isEqualTo("---\ntitle: A\n---\nB\n");
    }

    @Test
    void textWithoutFrontMatterIsLeftForThePipelineToRefuse() {
        assertThat(RevisionRestorer.namedTo("no front matter", "bbbbbbbbbbbbbbbbbbbbbbbbbb")).isEqualTo("no front matter");
    }
}
