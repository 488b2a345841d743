package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SymbolPagesTest {

    @Test
    void findsTheSymbolsATextMentionsByTheSymbolRules() {
        assertThat(SymbolPages.candidates(
                        "Theo Quyết định số 06/QĐ-TTg và Nghị định 145/2020/NĐ-CP, ngày 12/11/2020, tỷ lệ 3/4."))
                .containsExactly(Map.entry("06/QĐ-TTg", "06/QĐ-TTg"), Map.entry("145/2020/NĐ-CP", "145/2020/NĐ-CP"));
        assertThat(SymbolPages.candidates("Công văn 1234/lđtbxh-tccb"))
                .containsEntry("1234/lđtbxh-tccb", "1234/LĐTBXH-TCCB");
    }

    @Test
    void looksUpAtMostTwentyDistinctSymbolsPerText() {
        String text = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "Quyết định số " + i + "/QĐ-TTg")
                .collect(Collectors.joining("; "));
        assertThat(SymbolPages.candidates(text).values().stream().distinct()).hasSize(SymbolPages.MAX_SYMBOLS);
    }
}
