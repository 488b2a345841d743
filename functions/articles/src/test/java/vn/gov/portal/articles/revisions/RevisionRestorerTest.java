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
    void anUnpublishedArticlesSourceNamesNone() {
        assertThat(RevisionRestorer.namedTo("---\nid: aaaaaaaaaaaaaaaaaaaaaaaaaa\ntitle: A\n---\nB\n", null))
                .isEqualTo("---\ntitle: A\n---\nB\n");
    }

    @Test
    void textWithoutFrontMatterIsLeftForThePipelineToRefuse() {
        assertThat(RevisionRestorer.namedTo("no front matter", "bbbbbbbbbbbbbbbbbbbbbbbbbb")).isEqualTo("no front matter");
    }
}
