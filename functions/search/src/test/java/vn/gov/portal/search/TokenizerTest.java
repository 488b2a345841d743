package vn.gov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> folded(String text) {
        return Tokenizer.tokens(Tokenizer.nfc(text)).stream()
                .map(Tokenizer.Token::folded)
                .toList();
    }

    @Test
    void foldsCaseTonesAndDToPlainSyllables() {
        assertThat(folded("Bảo hiểm XÃ HỘI")).containsExactly("bao", "hiem", "xa", "hoi");
        assertThat(folded("Đảng ủy đường")).containsExactly("dang", "uy", "duong");
    }

    @Test
    void nfdInputTokenizesLikeNfc() {
        String nfd = Normalizer.normalize("Bảo hiểm thất nghiệp", Normalizer.Form.NFD);
        assertThat(Tokenizer.tokens(Tokenizer.nfc(nfd))).isEqualTo(Tokenizer.tokens("Bảo hiểm thất nghiệp"));
    }

    @Test
    void keepsTheTonedFormAndOffsets() {
        List<Tokenizer.Token> tokens = Tokenizer.tokens("Con dấu, con dâu.");
        assertThat(tokens).extracting(Tokenizer.Token::toned).containsExactly("con", "dấu", "con", "dâu");
        assertThat(tokens.get(1).folded()).isEqualTo(tokens.get(3).folded()).isEqualTo("dau");
        assertThat(tokens.get(1).hasMarks()).isTrue();
        assertThat(tokens.get(0).hasMarks()).isFalse();
        assertThat("Con dấu, con dâu."
                        .substring(tokens.get(1).start(), tokens.get(1).end()))
                .isEqualTo("dấu");
    }

    @Test
    void symbolsSplitIntoNumberAndCodesWhateverTheSpacing() {
        assertThat(folded("5389/LĐTBXH-VPQGGN")).containsExactly("5389", "ldtbxh", "vpqggn");
        assertThat(folded("5389 / lđtbxh")).containsExactly("5389", "ldtbxh");
        assertThat(folded("10/2020/TT-BLĐTBXH")).containsExactly("10", "2020", "tt", "bldtbxh");
    }

    @Test
    void skipsRunsTooLongToBeWords() {
        assertThat(folded("a" + "x".repeat(40) + " ok")).containsExactly("ok");
    }
}
