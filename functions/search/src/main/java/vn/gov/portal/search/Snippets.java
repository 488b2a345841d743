package vn.gov.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain-text snippets around the first matched word, with the [start, end) ranges (UTF-16
 * offsets, as JavaScript strings count) of every matched word in them. No HTML: the page marks
 * the ranges itself, so nothing the server sends is ever parsed as markup.
 */
final class Snippets {

    static final int LENGTH = 220;
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    private Snippets() {}

    record Snippet(String text, List<int[]> highlights) {}

    static Snippet of(String text, Set<String> foldedWords) {
        String nfc = Tokenizer.nfc(text == null ? "" : text);
        List<Tokenizer.Token> tokens = Tokenizer.tokens(nfc);
        int first = -1;
        for (Tokenizer.Token t : tokens) {
            if (foldedWords.contains(t.folded())) {
                first = t.start();
                break;
            }
        }
        int start = first <= LEAD ? 0 : wordStart(nfc, first - LEAD);
        int end = Math.min(nfc.length(), start + LENGTH);
        if (end < nfc.length()) {
            int space = nfc.lastIndexOf(' ', end);
            end = space > start + LENGTH / 2 ? space : end;
        }
        String window = nfc.substring(start, end);
        int lead = window.length() - window.stripLeading().length();
        String prefix = start > 0 ? ELLIPSIS : "";
        String snippet = prefix + window.strip() + (end < nfc.length() ? ELLIPSIS : "");
        // a word at offset i of the text is at i + shift in the snippet
        int shift = prefix.length() - start - lead;
        List<int[]> highlights = new ArrayList<>();
        for (Tokenizer.Token t : tokens) {
            if (t.start() >= start && t.end() <= end && foldedWords.contains(t.folded())) {
                highlights.add(new int[] {t.start() + shift, t.end() + shift});
            }
        }
        return new Snippet(snippet, highlights);
    }

    /** The start of the word at or after {@code index}. */
    private static int wordStart(String text, int index) {
        int space = text.indexOf(' ', index);
        return space < 0 ? index : space + 1;
    }
}
