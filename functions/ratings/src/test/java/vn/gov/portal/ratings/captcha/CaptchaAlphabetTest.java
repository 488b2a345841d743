package vn.gov.portal.ratings.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaptchaAlphabetTest {

    /**
     * Groups of symbols people (and OCR) confuse, upper and lower case alike since users type
     * case-insensitively. The alphabet may hold at most one symbol of each group.
     */
    private static final List<String> LOOK_ALIKES = List.of(
            "0OoQqDd", // round shapes
            "1IiLlJj|!", // bars (J, with its hook, is the one kept)
            "2Zz",
            "5Ss",
            "6Gb",
            "8B&",
            "9gq",
            "UuVv",
            "EF", // a noise line can fake or hide F's missing bottom bar
            "7T", // a rotated, sheared T looks like a 7
            "CcGg(");

    @Test
    void theAlphabetHoldsAtMostOneSymbolOfEachLookAlikeGroup() {
        for (String group : LOOK_ALIKES) {
            Set<Character> present = group.chars()
                    .mapToObj(c -> (char) c)
                    .filter(c -> CaptchaAlphabet.SYMBOLS.indexOf(c) >= 0)
                    .collect(Collectors.toSet());
            assertThat(present)
                    .as("symbols of look-alike group %s in the alphabet", group)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void theAlphabetIsExactlyTheseUpperCaseLettersAndDigits() {
        assertThat(CaptchaAlphabet.SYMBOLS).isEqualTo("ACEHJKMNPRWXY34679");
        assertThat(CaptchaAlphabet.SYMBOLS.chars().distinct().count()).isEqualTo(CaptchaAlphabet.SYMBOLS.length());
        assertThat(CaptchaAlphabet.SYMBOLS.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '9')))
                .isTrue();
        // None of the excluded look-alikes, spelled out.
        for (char excluded : "0O1IL2Z5S8BUVDQGFT".toCharArray()) {
            assertThat(CaptchaAlphabet.contains(excluded))
                    .as("%s excluded", excluded)
                    .isFalse();
        }
    }

    @Test
    void everySymbolHasAGlyphAndEveryGlyphIsASymbol() {
        Set<Character> symbols =
                CaptchaAlphabet.SYMBOLS.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
        assertThat(GlyphShapes.symbols()).isEqualTo(symbols);
        for (char c : CaptchaAlphabet.SYMBOLS.toCharArray()) {
            var bounds = GlyphShapes.of(c).path().getBounds2D();
            assertThat(bounds.getMinX()).as("%s", c).isGreaterThanOrEqualTo(-0.1);
            assertThat(bounds.getMaxX()).as("%s", c).isLessThanOrEqualTo(1.1);
            assertThat(bounds.getMinY()).as("%s", c).isGreaterThanOrEqualTo(-0.1);
            assertThat(bounds.getMaxY()).as("%s", c).isLessThanOrEqualTo(1.1);
            assertThat(bounds.getHeight()).as("%s fills the cap height", c).isGreaterThan(0.9);
        }
    }

    @Test
    void randomAnswersHaveFiveOrSixSymbolsOfTheAlphabetAndUseAllOfIt() {
        SplittableRandom rnd = new SplittableRandom(7);
        Map<Integer, Integer> lengths = new HashMap<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String answer = CaptchaAlphabet.randomAnswer(rnd);
            assertThat(answer.length()).isBetween(CaptchaAlphabet.MIN_LENGTH, CaptchaAlphabet.MAX_LENGTH);
            for (char c : answer.toCharArray()) {
                assertThat(CaptchaAlphabet.contains(c))
                        .as("%s in %s", c, answer)
                        .isTrue();
                seen.add(c);
            }
            lengths.merge(answer.length(), 1, Integer::sum);
        }
        assertThat(lengths).containsOnlyKeys(5, 6);
        assertThat(lengths.get(5)).isBetween(4_500, 5_500);
        assertThat(seen).hasSize(CaptchaAlphabet.SYMBOLS.length());
    }

    @Test
    void randomAnswersAreDeterministicForASeed() {
        assertThat(CaptchaAlphabet.randomAnswer(new SplittableRandom(42)))
                .isEqualTo(CaptchaAlphabet.randomAnswer(new SplittableRandom(42)));
    }

    @Test
    void normalizeTrimsUpperCasesAndDropsSpaces() {
        assertThat(CaptchaAlphabet.normalize("  ab c7\t")).isEqualTo("ABC7");
        assertThat(CaptchaAlphabet.normalize("x y\u00a0z\n")).isEqualTo("XYZ");
        assertThat(CaptchaAlphabet.normalize("ＡＢ７")).as("full-width input").isEqualTo("AB7");
        assertThat(CaptchaAlphabet.normalize("")).isEmpty();
        assertThat(CaptchaAlphabet.normalize(null)).isEmpty();
        // Locale independent: the i of a Turkish user is still I.
        assertThat(CaptchaAlphabet.normalize("i")).isEqualTo("I");
    }

    @Test
    void matchesComparesNormalizedAnswers() {
        assertThat(CaptchaAlphabet.matches("HK7PW", " hk7 pw ")).isTrue();
        assertThat(CaptchaAlphabet.matches("HK7PW", "HK7P")).isFalse();
        assertThat(CaptchaAlphabet.matches("HK7PW", "HK7PWX")).isFalse();
        assertThat(CaptchaAlphabet.matches("HK7PW", null)).isFalse();
        assertThat(CaptchaAlphabet.matches("", ""))
                .as("an empty answer never matches")
                .isFalse();
    }
}
