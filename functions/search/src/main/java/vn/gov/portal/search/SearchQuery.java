package vn.gov.portal.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.http.Params;
import vn.gov.portal.common.store.Cursors;
import vn.gov.portal.common.text.VietnameseText;

/**
 * A checked search request: {@code q} (words and "quoted phrases"), {@code kind}, optional
 * {@code from}/{@code to} Vietnam days, {@code limit} and {@code cursor}. Every problem is
 * reported at once as a 400.
 *
 * @param words    the query's words in order; {@code phrase} is the index of the quoted phrase a
 *                 word belongs to, or -1
 * @param offset   where the page starts among the ranked results (from the cursor)
 */
public record SearchQuery(
        String text, List<Word> words, Set<Kind> kinds, LocalDate from, LocalDate to, int limit, int offset) {

    public static final int MAX_CHARS = 200;
    public static final int MAX_WORDS = 12;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    /** Pages reach this far down the ranking, like a web search engine's last page. */
    public static final int MAX_OFFSET = 500;

    private static final Set<String> PARAMETERS = Set.of("q", "kind", "from", "to", "limit", "cursor");

    public record Word(String toned, String folded, int phrase) {
        public boolean hasMarks() {
            return !toned.equals(folded);
        }
    }

    public static SearchQuery parse(Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!PARAMETERS.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this route (q, kind, from, to, limit, cursor)"));
            }
        }
        String raw = params.get("q");
        String text = raw == null ? "" : VietnameseText.clean(raw);
        List<Word> words = List.of();
        if (text.isEmpty()) {
            errors.add(new FieldError("q", "is required: type the words to search for"));
        } else if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            errors.add(new FieldError("q", "must be at most " + MAX_CHARS + " characters"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FieldError("q", "must not contain control characters"));
        } else {
            words = words(text);
            if (words.isEmpty()) {
                errors.add(new FieldError("q", "has no letters or digits to search for"));
            } else if (words.size() > MAX_WORDS) {
                errors.add(new FieldError("q", "must have at most " + MAX_WORDS + " words"));
            }
        }
        Set<Kind> kinds = switch (params.getOrDefault("kind", "all")) {
            case "all" -> Set.of(Kind.ARTICLE, Kind.DIRECTIVE);
            case "article" -> Set.of(Kind.ARTICLE);
            case "directive" -> Set.of(Kind.DIRECTIVE);
            default -> {
                errors.add(new FieldError("kind", "must be all, article or directive"));
                yield Set.of();
            }
        };
        LocalDate from = day(params, "from", errors);
        LocalDate to = day(params, "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        int limit = DEFAULT_LIMIT;
        try {
            if (params.containsKey("limit")) {
                limit = Params.integer("limit", params.get("limit"), 1, MAX_LIMIT);
            }
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        SearchQuery query = new SearchQuery(text, words, kinds, from, to, limit, 0);
        String cursor = params.get("cursor");
        return cursor == null ? query : query.at(offsetOf(cursor, query.fingerprint()));
    }

    private static LocalDate day(Map<String, String> params, String name, List<FieldError> errors) {
        try {
            return params.containsKey(name) ? Dates.parseDay(name, params.get(name)) : null;
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** The words of a query; text between double quotes (straight or curly) is a phrase. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int phrases = 0;
        boolean inPhrase = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '"';
            if (c == '"' || c == '“' || c == '”') {
                for (Tokenizer.Token t : Tokenizer.tokens(Tokenizer.nfc(part.toString()))) {
                    out.add(new Word(t.toned(), t.folded(), inPhrase ? phrases : -1));
                }
                if (inPhrase) {
                    phrases++;
                }
                inPhrase = !inPhrase && i < text.length();
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return out;
    }

    public SearchQuery at(int offset) {
        return new SearchQuery(text, words, kinds, from, to, limit, offset);
    }

    /** A cursor is bound to the query it was given for. */
    String fingerprint() {
        String key = words.stream().map(w -> w.toned() + "/" + w.phrase()).toList() + "|"
                + kinds.stream().sorted().toList() + "|" + from + "|" + to;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String cursorAt(int offset) {
        return Cursors.encode(Map.of("o", Integer.toString(offset), "q", fingerprint()));
    }

    private static int offsetOf(String cursor, String fingerprint) {
        Map<String, String> position = Cursors.decode(cursor);
        String o = position.get("o");
        if (o == null || !fingerprint.equals(position.get("q")) || position.size() != 2) {
            throw new DomainException.Invalid("cursor", "does not belong to this query");
        }
        return Params.integer("cursor", o, 1, MAX_OFFSET);
    }
}
