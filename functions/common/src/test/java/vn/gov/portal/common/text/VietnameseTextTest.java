package vn.gov.portal.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void slugDropsDiacriticsQuotesAndMapsDStroke() {
        assertThat(VietnameseText.slug("Hội thảo “Đổi mới” công tác truyền thông"))
                .isEqualTo("hoi-thao-doi-moi-cong-tac-truyen-thong");
        assertThat(VietnameseText.slug("Đà Nẵng: 2018 — năm của du lịch!")).isEqualTo("da-nang-2018-nam-cua-du-lich");
    }

    @Test
    void slugOfDecomposedInputEqualsComposed() {
        String nfd = Normalizer.normalize("Thông báo tuyển dụng", Normalizer.Form.NFD);
        assertThat(VietnameseText.slug(nfd)).isEqualTo("thong-bao-tuyen-dung");
    }

    @Test
    void slugOfPunctuationOnlyIsEmpty() {
        assertThat(VietnameseText.slug("“…” — !")).isEmpty();
    }

    @Test
    void cleanComposesAndCollapsesSpaces() {
        String nfd = Normalizer.normalize("  Bộ   Lao động\t", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(nfd)).isEqualTo("Bộ Lao động");
        assertThat(Normalizer.isNormalized(VietnameseText.clean(nfd), Normalizer.Form.NFC))
                .isTrue();
    }

    @Test
    void foldIgnoresCaseDiacriticsAndSpaces() {
        assertThat(VietnameseText.fold("121/LĐTBXH-VP")).isEqualTo(VietnameseText.fold(" 121 / lđtbxh-vp "));
        assertThat(VietnameseText.fold(Normalizer.normalize("121/LĐTBXH-VP", Normalizer.Form.NFD)))
                .isEqualTo("121/ldtbxh-vp");
    }

    @Test
    void shortenCutsAtAWordWithEllipsis() {
        String title = "Quyết định về việc ban hành quy chế làm việc của Bộ Lao động - Thương binh và Xã hội";
        String shortened = VietnameseText.shorten(title, 40);
        assertThat(shortened).endsWith("...").hasSizeLessThanOrEqualTo(43);
        assertThat(title).startsWith(shortened.substring(0, shortened.length() - 3));
        assertThat(VietnameseText.shorten("Ngắn", 40)).isEqualTo("Ngắn");
    }
}
