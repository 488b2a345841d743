package vn.gov.portal.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text done right in one place: NFC storage, ASCII slugs, the folded form users'
 * typed look-ups compare by, and display shortening.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {}

    /** NFC with runs of white space collapsed and ends trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Diacritics dropped (đ/Đ mapped to d/D, which have no decomposition). */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    /**
     * Lower-case ASCII words joined by "-": "Hội thảo “Đổi mới” công tác" → "hoi-thao-doi-moi-cong-tac".
     * Empty when nothing sluggable is left.
     */
    public static String slug(String text) {
        String ascii = stripDiacritics(text).toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > 120) {
            slug = slug.substring(0, 120).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    /** The key typed comparisons use: no case, no diacritics, no spaces at all. */
    public static String fold(String text) {
        return SPACES.matcher(stripDiacritics(Normalizer.normalize(text, Normalizer.Form.NFC))
                        .toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    /** Shortens for display at a word boundary with "..."; the full text stays stored. */
    public static String shorten(String text, int maxChars) {
        if (text == null || text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxChars);
        int space = text.lastIndexOf(' ', end);
        String head = text.substring(0, space > maxChars / 2 ? space : end).strip();
        return head.replaceAll("[\\s,;:.\\-–]+$", "") + "...";
    }
}
