package vn.gov.portal.directives;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.portal.directives.store.DirectivesTable;

/**
 * Finds the directive symbols a text mentions ("Quyết định số 06/QĐ-TTg") and the pages of the
 * documents registered under them, for article pages to link. A candidate is anything shaped like
 * a symbol, kept only if {@link DirectiveTitleParser#parseSymbol} reads it; each distinct one
 * costs one Query of at most two items, and at most {@value #MAX_SYMBOLS} are looked up per text.
 * A symbol under which two documents are registered (a letter's number reused in another year) is
 * ambiguous and not linked.
 */
public final class SymbolPages {

    public static final int MAX_SYMBOLS = 20;
    /** Digits, an optional year, then codes: letters (with Đ) and digits joined by hyphens. */
    static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])\\d{1,9}/(?:\\d{4}/)?[A-Za-zĐđ][A-Za-zĐđ0-9]*(?:-[A-Za-zĐđ][A-Za-zĐđ0-9]*)*(?![\\p{L}\\p{N}])");

    private static final DirectiveTitleParser PARSER = new DirectiveTitleParser();

    private final DirectivesTable table;

    public SymbolPages(DirectivesTable table) {
        this.table = table;
    }

    /** The symbols as written in the text, each with its normalized form; the first {@value #MAX_SYMBOLS} distinct ones. */
    public static Map<String, String> candidates(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> normalized = new LinkedHashSet<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            ParsedSymbol parsed = PARSER.parseSymbol(m.group());
            if (parsed == null) {
                continue;
            }
            if (!normalized.contains(parsed.symbol()) && normalized.size() >= MAX_SYMBOLS) {
                break;
            }
            normalized.add(parsed.symbol());
            out.put(m.group(), parsed.symbol());
        }
        return out;
    }

    /** Each symbol as written in the text → the page of its document, for the symbols registered once. */
    public Map<String, String> pagesIn(String text) {
        Map<String, String> pageBySymbol = new LinkedHashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : candidates(text).entrySet()) {
            String page = pageBySymbol.computeIfAbsent(
                    c.getValue(),
                    s -> table.onlyBySymbol(s).map(DirectiveSite::pagePath).orElse(""));
            if (!page.isEmpty()) {
                out.put(c.getKey(), page);
            }
        }
        return out;
    }
}
