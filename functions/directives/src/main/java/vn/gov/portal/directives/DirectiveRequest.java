package vn.gov.portal.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.text.VietnameseText;

/**
 * A registration as an editor sends it, every field checked at once (all errors in one 400).
 * Text is NFC with white space collapsed; an empty optional field counts as not given.
 *
 * @param symbol the explicit symbol's parts, when one was given (it parsed: else a 400)
 * @param type   the explicit type in its canonical spelling, when one was given
 */
public record DirectiveRequest(String title, LocalDate issuedOn, ParsedSymbol symbol, String type, String signer,
                               String summary, String attachmentUploadId) {

    public static final int MAX_TITLE = 1000;
    public static final int MAX_SIGNER = 200;
    public static final int MAX_SUMMARY = 2000;
    private static final int MAX_SYMBOL = 100;

    static final Set<String> FIELDS = Set.of("title", "issuedOn", "symbol", "type", "signer", "summary", "attachmentUploadId");
    /** An import line carries only what a listed title gives. */
    static final Set<String> IMPORT_FIELDS = Set.of("title", "issuedOn");

    /** The type names a directive can have: every coded type, and the letter (Công văn), which has no code. */
    public static final List<String> TYPE_NAMES = Stream.concat(
            Stream.of(DocumentType.values()).map(DocumentType::typeName), Stream.of(DirectiveTitleParser.LETTER)).toList();

    private static final DirectiveTitleParser PARSER = new DirectiveTitleParser();

    /** The body of POST /api/directives. */
    public static DirectiveRequest from(Map<String, Object> body) {
        return read(body, FIELDS);
    }

    /** One line of POST /api/directives/import. */
    public static DirectiveRequest fromImportLine(Object line) {
        if (!(line instanceof Map<?, ?> map)) {
            throw new DomainException.Invalid("line", "must be a JSON object with title and issuedOn");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return read(object, IMPORT_FIELDS);
    }

    /** A known type name in its canonical spelling, ignoring letter case and Unicode form. */
    public static Optional<String> knownType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = VietnameseText.clean(text).toLowerCase(Locale.ROOT);
        return TYPE_NAMES.stream().filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static DirectiveRequest read(Map<String, Object> body, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a known field")));

        String title = text(body, "title", MAX_TITLE, true, errors);
        LocalDate issuedOn = day(body, errors);

        ParsedSymbol symbol = null;
        String symbolText = text(body, "symbol", MAX_SYMBOL, false, errors);
        if (symbolText != null) {
            symbol = PARSER.parseSymbol(symbolText);
            if (symbol == null) {
                errors.add(new FieldError("symbol", "is not a document symbol such as 121/LĐTBXH-VP or 145/2020/NĐ-CP"));
            }
        }

        String type = null;
        String typeText = text(body, "type", 100, false, errors);
        if (typeText != null) {
            type = knownType(typeText).orElse(null);
            if (type == null) {
                errors.add(new FieldError("type", "must be one of: " + String.join(", ", TYPE_NAMES)));
            }
        }

        String signer = text(body, "signer", MAX_SIGNER, false, errors);
        String summary = text(body, "summary", MAX_SUMMARY, false, errors);

        String uploadId = null;
        Object upload = body.get("attachmentUploadId");
        if (upload != null) {
            if (upload instanceof String s && Ids.isWellFormed(s.strip())) {
                uploadId = s.strip();
            } else {
                errors.add(new FieldError("attachmentUploadId", "is not an upload id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return new DirectiveRequest(title, issuedOn, symbol, type, signer, summary, uploadId);
    }

    /** A text field cleaned (NFC, spaces collapsed); null when absent or empty and not required. */
    private static String text(Map<String, Object> body, String field, int maxChars, boolean required,
                               List<FieldError> errors) {
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String text = VietnameseText.clean((String) value);
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            errors.add(new FieldError(field, "must be at most " + maxChars + " characters"));
            return null;
        }
        return text;
    }

    private static LocalDate day(Map<String, Object> body, List<FieldError> errors) {
        Object value = body.get("issuedOn");
        if (value == null) {
            errors.add(new FieldError("issuedOn", "is required"));
            return null;
        }
        try {
            return Dates.parseDay("issuedOn", value instanceof String s ? s : "");
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
