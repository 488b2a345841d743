package vn.gov.portal.directives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.portal.common.text.VietnameseText;

/**
 * Reads Vietnamese directive titles and symbols ("số, ký hiệu văn bản", Decree 30/2020/NĐ-CP).
 *
 * <p>A symbol is {@code <number>/[<year>/]<codes joined by "-">}. Whether the first code is a type
 * code decides how the rest reads: {@code 1500/QĐ-LĐTBXH} is a decision (QĐ) of LĐTBXH, while
 * {@code 5/LĐTBXH-PC} is a letter (Công văn) of LĐTBXH drafted by its unit PC.
 *
 * <p>A title is {@code [<type word>] [số] [<symbol>] [ngày <date>] [v/v | về việc] <subject>}.
 * What is not recognized is left null, never guessed; see docs/directive-symbols.md for the rules.
 *
 * <p>Stateless and thread-safe. Null input is treated as blank (all nulls), not as an error.
 */
public final class DirectiveTitleParser {

    /** The type name of an administrative letter, the one document type without a code. */
    public static final String LETTER = "Công văn";

    private static final ParsedTitle EMPTY = new ParsedTitle(null, null, null, null);

    /** Up to 9 digits, so the number always fits an int; real numbers stay far below. */
    private static final int MAX_NUMBER_DIGITS = 9;

    private static final int MIN_YEAR = 1945;
    private static final int MAX_YEAR = 2100;

    /**
     * Codes written in mixed case, keyed by their upper-cased form, so lower- or upper-case input
     * comes back canonical: the type codes QyĐ, CTr, TTr and the Prime Minister's issuer code TTg.
     * Every other code is canonically all upper case.
     */
    private static final Map<String, String> MIXED_CASE_CODES = Stream.concat(
                    Stream.of(DocumentType.values()).map(DocumentType::code), Stream.of("TTg"))
            .filter(code -> !code.equals(DocumentType.upper(code)))
            .collect(Collectors.toUnmodifiableMap(DocumentType::upper, code -> code));

    /** Title type words, longest first so "Thông tư liên tịch" wins over "Thông tư". */
    private static final List<String> TYPE_WORDS = Stream.concat(
                    Stream.of(DocumentType.values()).map(DocumentType::typeName), Stream.of(LETTER))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** Text pasted from web pages and Word: non-breaking and other odd spaces become plain spaces. */
    private static final Pattern ODD_SPACES = Pattern.compile("\\h");
    /** Zero-width characters and soft hyphens carry nothing and would split words and codes. */
    private static final Pattern INVISIBLES = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    /**
     * The issue date that portals put after the symbol, stripped from the subject:
     * optional comma, "ngày", then either d/m/yyyy (separators "/", "-" or ".") or the spelled-out
     * "d tháng m năm yyyy"; it must end at a word boundary.
     */
    private static final Pattern DATE_PHRASE = Pattern.compile(
            "\\s*,?\\s*ngày\\s+"
                    + "(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}"
                    + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})"
                    + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "v/v" (any case) or "về việc" introducing the subject, as a whole word. */
    private static final Pattern SUBJECT_INTRO =
            Pattern.compile("(?:v/v|về\\s+việc)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Punctuation that separates title parts ("…TCCB: báo cáo", "… - Về việc …"), never subject text. */
    private static final String SEPARATORS = " ,.:;-–—";

    /** The word "số" ("number") in front of a symbol, as a whole word in any case. */
    private static final String NUMBER_WORD = "số";

    /**
     * Derives type, symbol, symbol parts and subject from a listed title. Never throws on content;
     * null or blank input gives a ParsedTitle of all nulls.
     */
    public ParsedTitle parse(String title) {
        String text = normalize(title);
        if (text.isEmpty()) {
            return EMPTY;
        }
        String typeWord = leadingTypeWord(text);
        int typeEnd = typeWord == null ? 0 : typeWord.length(); // a case-insensitive match has the same length
        int symbolStart = skipNumberWord(text, typeEnd);
        Scan scan = scanSymbol(text, symbolStart, false);

        if (scan == null) {
            if (typeWord == null) {
                // Only a subject; an unknown leading word is part of it, not a type.
                return new ParsedTitle(null, null, null, text);
            }
            // A "số" followed by no valid symbol stays in the subject: it is the title's text, not ours to drop.
            return new ParsedTitle(typeWord, null, null, subject(text, typeEnd));
        }
        ParsedSymbol parts = scan.parts();
        String type = typeWord != null ? typeWord : typeFromSymbol(parts);
        return new ParsedTitle(type, parts.symbol(), parts, subject(text, dateEnd(text, scan.end())));
    }

    /**
     * Derives the parts of a symbol given on its own (an editor's explicit symbol). Tolerates spaces
     * around "/" and "-", any letter case, NFD input and a leading "Số:" as printed on documents.
     *
     * @return the parts, or null when the text (null, blank, or anything else) is not a symbol of the
     *     decree's shape
     */
    public ParsedSymbol parseSymbol(String symbol) {
        String text = normalize(symbol);
        Scan scan = scanSymbol(text, skipNumberWord(text, 0), true);
        if (scan == null || skipSpaces(text, scan.end()) != text.length()) {
            return null;
        }
        return scan.parts();
    }

    /** The Vietnamese name of a type code, ignoring letter case: "QĐ" or "qđ" → "Quyết định". */
    public static Optional<String> typeName(String typeCode) {
        if (typeCode == null) {
            return Optional.empty();
        }
        return DocumentType.byCode(normalize(typeCode)).map(DocumentType::typeName);
    }

    // ---------------------------------------------------------------------------------------------
    // Text preparation

    /**
     * NFC, single spaces, trimmed (VietnameseText.clean), after turning odd spaces into spaces and
     * dropping invisibles; then look-alikes of Đ/đ that NFC does not fix are replaced: the Icelandic
     * eth Ð/ð (some keyboards and legacy encodings) and D/d followed by a combining stroke overlay.
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = ODD_SPACES.matcher(INVISIBLES.matcher(raw).replaceAll("")).replaceAll(" ");
        text = VietnameseText.clean(text);
        return text.replace("D\u0335", "Đ")
                .replace("D\u0336", "Đ")
                .replace("d\u0335", "đ")
                .replace("d\u0336", "đ")
                .replace('\u00D0', 'Đ')
                .replace('\u00F0', 'đ');
    }

    // ---------------------------------------------------------------------------------------------
    // Titles

    /**
     * The type word the title starts with, in its canonical spelling ("QUYẾT ĐỊNH" → "Quyết định"),
     * matched in any letter case and as whole words only; null when there is none.
     */
    private static String leadingTypeWord(String text) {
        for (String word : TYPE_WORDS) {
            if (text.regionMatches(true, 0, word, 0, word.length()) && isWordEnd(text, word.length())) {
                return word;
            }
        }
        return null;
    }

    /** Type from the symbol when the title has no type word: its code's name; "Công văn" when code-less. */
    private static String typeFromSymbol(ParsedSymbol parts) {
        if (parts.docCode() != null) {
            return typeName(parts.docCode()).orElseThrow();
        }
        // A code-less symbol with a year is no letter (laws read "12/2020/QH14"): leave the type unknown.
        return parts.year() == null ? LETTER : null;
    }

    /** Skips spaces, then "số" with an optional ":" if present; returns where a symbol would start. */
    private static int skipNumberWord(String text, int from) {
        int at = skipSpaces(text, from);
        if (text.regionMatches(true, at, NUMBER_WORD, 0, NUMBER_WORD.length())
                && isWordEnd(text, at + NUMBER_WORD.length())) {
            at = skipSpaces(text, at + NUMBER_WORD.length());
            if (at < text.length() && text.charAt(at) == ':') {
                at = skipSpaces(text, at + 1);
            }
        }
        return at;
    }

    /** Skips an issue-date phrase ("ngày 12/11/2020") right after the symbol, if there is one. */
    private static int dateEnd(String text, int from) {
        Matcher date = DATE_PHRASE.matcher(text).region(from, text.length());
        return date.lookingAt() ? date.end() : from;
    }

    /** The subject from {@code from}: separators and a "v/v" / "về việc" dropped; null when empty. */
    private static String subject(String text, int from) {
        int at = skipSeparators(text, from);
        Matcher intro = SUBJECT_INTRO.matcher(text).region(at, text.length());
        if (intro.lookingAt()) {
            at = skipSeparators(text, intro.end());
        }
        String subject = text.substring(at).strip();
        return subject.isEmpty() ? null : subject;
    }

    private static int skipSeparators(String text, int from) {
        int at = from;
        while (at < text.length() && SEPARATORS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    // ---------------------------------------------------------------------------------------------
    // Symbols

    /** A symbol found in a text, with where it ended. */
    private record Scan(ParsedSymbol parts, int end) {}

    /**
     * Reads a symbol starting exactly at {@code start}, or returns null when the text there does not
     * have the decree's shape. Spaces are allowed around "/" and "-".
     *
     * <p>In a title ({@code wholeInput} false) the symbol ends where the codes end, and a code reached
     * over a <em>spaced</em> hyphen must be written as a code (canonical case, e.g. "TCCB"), so that
     * "1500/QĐ-LĐTBXH - Ban hành quy chế" does not swallow "Ban" as a unit. When the whole input is
     * the symbol there is no such ambiguity and any case is accepted.
     */
    private static Scan scanSymbol(String text, int start, boolean wholeInput) {
        int numberEnd = digitsEnd(text, start);
        if (numberEnd == start || numberEnd - start > MAX_NUMBER_DIGITS) {
            return null;
        }
        String numberText = text.substring(start, numberEnd);
        int number = Integer.parseInt(numberText);
        if (number == 0) {
            return null; // numbering starts at 1 each year; "0" or "000" is not a number issued
        }
        int at = afterSlash(text, numberEnd);
        if (at < 0) {
            return null;
        }

        // Digits right after the first slash can only be a year; if they are not one, this is no symbol.
        String yearText = null;
        int yearEnd = digitsEnd(text, at);
        if (yearEnd > at) {
            yearText = text.substring(at, yearEnd);
            if (!isYear(yearText)) {
                return null;
            }
            at = afterSlash(text, yearEnd);
            if (at < 0) {
                return null;
            }
        }

        List<String> codes = new ArrayList<>();
        int end = codeEnd(text, at);
        if (end < 0) {
            return null;
        }
        codes.add(text.substring(at, end));
        while (true) {
            int hyphen = skipSpaces(text, end);
            if (hyphen >= text.length() || !isHyphen(text.charAt(hyphen))) {
                break;
            }
            int next = skipSpaces(text, hyphen + 1);
            int nextEnd = codeEnd(text, next);
            if (nextEnd < 0) {
                break;
            }
            String code = text.substring(next, nextEnd);
            boolean spaced = hyphen > end || next > hyphen + 1;
            if (spaced && !wholeInput && !code.equals(canonicalCode(code))) {
                break;
            }
            codes.add(code);
            end = nextEnd;
        }
        // "1/QĐ-X/..." is not the decree's shape; do not cut a symbol out of it.
        if (end < text.length() && text.charAt(end) == '/') {
            return null;
        }
        return new Scan(interpret(numberText, number, yearText, codes), end);
    }

    /**
     * Gives the codes their meaning. If the first code is a type code: type, then issuer, then units
     * (for a joint circular, TTLT, every further code is an issuer). Otherwise it is a letter: issuer,
     * then units.
     */
    private static ParsedSymbol interpret(String numberText, int number, String yearText, List<String> written) {
        List<String> codes =
                written.stream().map(DirectiveTitleParser::canonicalCode).toList();
        Optional<DocumentType> type = DocumentType.byCode(codes.getFirst());
        List<String> rest = type.isPresent() ? codes.subList(1, codes.size()) : codes;

        String issuer;
        String unit;
        if (type.orElse(null) == DocumentType.THONG_TU_LIEN_TICH) {
            issuer = joined(rest);
            unit = null;
        } else {
            issuer = rest.isEmpty() ? null : rest.getFirst();
            unit = rest.size() > 1 ? joined(rest.subList(1, rest.size())) : null;
        }
        String symbol = numberText + "/" + (yearText == null ? "" : yearText + "/") + String.join("-", codes);
        return new ParsedSymbol(
                symbol,
                number,
                yearText == null ? null : Integer.valueOf(yearText),
                type.map(DocumentType::code).orElse(null),
                issuer,
                unit);
    }

    private static String joined(List<String> codes) {
        return codes.isEmpty() ? null : String.join("-", codes);
    }

    /** Upper case, except the codes canonically written in mixed case ("TTg", "QyĐ", "CTr", "TTr"). */
    private static String canonicalCode(String code) {
        String upper = DocumentType.upper(code);
        return MIXED_CASE_CODES.getOrDefault(upper, upper);
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Position after optional spaces, "/", optional spaces; -1 when there is no slash. */
    private static int afterSlash(String text, int from) {
        int at = skipSpaces(text, from);
        return at < text.length() && text.charAt(at) == '/' ? skipSpaces(text, at + 1) : -1;
    }

    /**
     * End of a code starting at {@code from}, or -1. A code is an abbreviation: ASCII letters and Đ/đ,
     * then possibly digits ("BCĐ389", "QH14"). It must end at a word boundary, so a Vietnamese word
     * such as "về" (a letter with a tone mark follows the "v") is not read as a code.
     */
    private static int codeEnd(String text, int from) {
        if (from >= text.length() || !isCodeLetter(text.charAt(from))) {
            return -1;
        }
        int at = from + 1;
        while (at < text.length() && (isCodeLetter(text.charAt(at)) || isAsciiDigit(text.charAt(at)))) {
            at++;
        }
        return isWordEnd(text, at) ? at : -1;
    }

    private static boolean isCodeLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == 'Đ' || c == 'đ';
    }

    /** "-" and the two Unicode hyphens; dashes (–, —) separate sentences, not codes. */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    // ---------------------------------------------------------------------------------------------
    // Characters

    private static int digitsEnd(String text, int from) {
        int at = from;
        while (at < text.length() && isAsciiDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** True at the end of the text or before a character that cannot continue a word. */
    private static boolean isWordEnd(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        int c = text.codePointAt(at);
        int kind = Character.getType(c);
        return !Character.isLetterOrDigit(c)
                && kind != Character.NON_SPACING_MARK
                && kind != Character.COMBINING_SPACING_MARK
                && kind != Character.ENCLOSING_MARK;
    }
}
