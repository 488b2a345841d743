package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static String marked(Snippets.Snippet s) {
        StringBuilder out = new StringBuilder(s.text());
        for (int i = s.highlights().size() - 1; i >= 0; i--) {
            int[] h = s.highlights().get(i);
            out.insert(h[1], "]").insert(h[0], "[");
        }
        return out.toString();
    }

    @Test
    void aShortTextIsWholeWithEveryMatchMarked() {
        assertThat(marked(Snippets.of("Đóng bảo hiểm xã hội, bao phủ rộng.", Set.of("bao", "hiem"))))
                .isEqualTo("Đóng [bảo] [hiểm] xã hội, [bao] phủ rộng.");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchAtWordBoundaries() {
        String text = "Phần mở bài ".repeat(30) + "nói về con dấu của cơ quan " + "và kết thúc ".repeat(40);
        Snippets.Snippet s = Snippets.of(text, Set.of("dau"));
        assertThat(s.text()).startsWith("…").endsWith("…").contains("con dấu");
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.LENGTH + 2);
        assertThat(s.highlights())
                .allSatisfy(h -> assertThat(Tokenizer.fold(s.text().substring(h[0], h[1])))
                        .isEqualTo("dau"));
    }

    @Test
    void nfdTextIsShownNfcAndMarkedRight() {
        String nfd = Normalizer.normalize("Chính sách bảo hiểm", Normalizer.Form.NFD);
        assertThat(marked(Snippets.of(nfd, Set.of("bao")))).isEqualTo("Chính sách [bảo] hiểm");
    }

    @Test
    void noMatchShowsTheStart() {
        assertThat(Snippets.of("Tóm tắt bài viết.", Set.of("xyz")).text()).isEqualTo("Tóm tắt bài viết.");
        assertThat(Snippets.of(null, Set.of("x")).text()).isEmpty();
    }
}
