package vn.gov.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.portal.common.text.VietnameseText;

/**
 * The one place text becomes search terms, for documents and queries alike. Vietnamese words are
 * space-separated syllables, so a token is a run of letters and digits (a syllable, a number, or
 * a code of a symbol): "5389/LĐTBXH-VPQGGN" gives 5389, lđtbxh, vpqggn, which is why a symbol
 * typed as "5389/ldtbxh", "5389 / LĐTBXH" or "5389" finds it. Text is read NFC, so NFD input
 * tokenizes the same; each token keeps its toned form (lower case) to rank exact-tone matches
 * first, and its folded form (no tone marks or diacritics, đ → d) to match.
 */
public final class Tokenizer {

    /** Longer runs are not words (hashes, URLs glued together); they are skipped. */
    static final int MAX_TOKEN_CHARS = 30;

    private Tokenizer() {}

    /** A token; {@code start}/{@code end} are UTF-16 offsets into the NFC text {@link #tokens} read. */
    public record Token(String toned, String folded, int start, int end) {
        /** Typed with tone marks or other diacritics (then the exact form counts for ranking). */
        public boolean hasMarks() {
            return !toned.equals(folded);
        }
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Tokens of text that is already NFC (offsets refer to it). */
    public static List<Token> tokens(String nfcText) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = nfcText.length();
        while (i < n) {
            int cp = nfcText.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(nfcText.codePointAt(i))) {
                i += Character.charCount(nfcText.codePointAt(i));
            }
            String word = nfcText.substring(start, i);
            if (word.length() <= MAX_TOKEN_CHARS) {
                String toned = word.toLowerCase(Locale.ROOT);
                out.add(new Token(toned, fold(toned), start, i));
            }
        }
        return out;
    }

    /** The matching form of one word: lower case, no combining marks, đ → d. */
    public static String fold(String word) {
        return VietnameseText.stripDiacritics(nfc(word)).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }
}
