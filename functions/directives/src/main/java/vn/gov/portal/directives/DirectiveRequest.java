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
import vn.gov.portal.directives.store.RelationKind;

/**
 * A registration as an editor sends it, every field checked at once (all errors in one 400).
 * Text is NFC with white space collapsed; an empty optional field counts as not given.
 *
 * @param symbol the explicit symbol's parts, when one was given (it parsed: else a 400)
 * @param type   the explicit type in its canonical spelling, when one was given
 */
public record DirectiveRequest(
        String title,
        LocalDate issuedOn,
        ParsedSymbol symbol,
        String type,
        String signer,
        String summary,
        String attachmentUploadId,
        LocalDate effectiveOn,
        LocalDate expiresOn,
        String signerTitle,
        String field,
        String issuerName,
        List<RelationTarget> relations) {

    /** A document this one replaces, amends or repeals, named by its id or its symbol (resolved when registering). */
    public record RelationTarget(RelationKind kind, String id, ParsedSymbol symbol) {}

    /** The request of an import line or an older client: no dates of effect, fields or relations. */
    public DirectiveRequest(
            String title,
            LocalDate issuedOn,
            ParsedSymbol symbol,
            String type,
            String signer,
            String summary,
            String attachmentUploadId) {
        this(
                title,
                issuedOn,
                symbol,
                type,
                signer,
                summary,
                attachmentUploadId,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    public static final int MAX_TITLE = 1000;
    public static final int MAX_SIGNER = 200;
    public static final int MAX_SUMMARY = 2000;
    private static final int MAX_SYMBOL = 100;
    public static final int MAX_FIELD = 100;
    public static final int MAX_RELATIONS = 20;

    static final Set<String> FIELDS = Set.of(
            "title",
            "issuedOn",
            "symbol",
            "type",
            "signer",
            "summary",
            "attachmentUploadId",
            "effectiveOn",
            "expiresOn",
            "signerTitle",
            "field",
            "issuerName",
            "replaces",
            "amends",
            "repeals");
    /** An import line carries only what a listed title gives. */
    static final Set<String> IMPORT_FIELDS = Set.of("title", "issuedOn");

    /** The type names a directive can have: every coded type, and the letter (Công văn), which has no code. */
    public static final List<String> TYPE_NAMES = Stream.concat(
                    Stream.of(DocumentType.values()).map(DocumentType::typeName),
                    Stream.of(DirectiveTitleParser.LETTER))
            .toList();

    private static final DirectiveTitleParser PARSER = new DirectiveTitleParser();

    /** The body of POST /api/directives. */
    public static DirectiveRequest from(Map<String, Object> body) {
        return read(body, FIELDS, true);
    }

    /** The body of POST /api/directives/preview: as for a registration, but the day may be left out while typing. */
    public static DirectiveRequest forPreview(Map<String, Object> body) {
        return read(body, FIELDS, false);
    }

    /** One line of POST /api/directives/import. */
    public static DirectiveRequest fromImportLine(Object line) {
        if (!(line instanceof Map<?, ?> map)) {
            throw new DomainException.Invalid("line", "must be a JSON object with title and issuedOn");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return read(object, IMPORT_FIELDS, true);
    }

    /** A known type name in its canonical spelling, ignoring letter case and Unicode form. */
    public static Optional<String> knownType(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = VietnameseText.clean(text).toLowerCase(Locale.ROOT);
        return TYPE_NAMES.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static DirectiveRequest read(Map<String, Object> body, Set<String> allowed, boolean dayRequired) {
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream()
                .filter(k -> !allowed.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, "is not a known field")));

        String title = text(body, "title", MAX_TITLE, true, errors);
        LocalDate issuedOn = day(body, "issuedOn", dayRequired, errors);

        ParsedSymbol symbol = null;
        String symbolText = text(body, "symbol", MAX_SYMBOL, false, errors);
        if (symbolText != null) {
            symbol = PARSER.parseSymbol(symbolText);
            if (symbol == null) {
                errors.add(
                        new FieldError("symbol", "is not a document symbol such as 121/LĐTBXH-VP or 145/2020/NĐ-CP"));
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
        String signerTitle = text(body, "signerTitle", MAX_SIGNER, false, errors);
        String field = text(body, "field", MAX_FIELD, false, errors);
        String issuerName = text(body, "issuerName", MAX_SIGNER, false, errors);
        LocalDate effectiveOn = day(body, "effectiveOn", false, errors);
        LocalDate expiresOn = day(body, "expiresOn", false, errors);
        LocalDate from = effectiveOn != null ? effectiveOn : issuedOn;
        if (expiresOn != null && from != null && !expiresOn.isAfter(from)) {
            errors.add(
                    new FieldError("expiresOn", "must be after the first day in effect (effectiveOn, else issuedOn)"));
        }
        List<RelationTarget> relations = relations(body, errors);

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
        return new DirectiveRequest(
                title,
                issuedOn,
                symbol,
                type,
                signer,
                summary,
                uploadId,
                effectiveOn,
                expiresOn,
                signerTitle,
                field == null ? null : DirectiveFields.canonical(field),
                issuerName,
                relations);
    }

    /** {@code replaces}, {@code amends}, {@code repeals}: arrays of ids or symbols, at most {@value #MAX_RELATIONS} in all. */
    private static List<RelationTarget> relations(Map<String, Object> body, List<FieldError> errors) {
        List<RelationTarget> out = new ArrayList<>();
        for (RelationKind kind : RelationKind.values()) {
            Object value = body.get(kind.key());
            if (value == null) {
                continue;
            }
            if (!(value instanceof List<?> list)) {
                errors.add(new FieldError(kind.key(), "must be an array of directive ids or symbols"));
                continue;
            }
            for (Object entry : list) {
                String text = entry instanceof String s ? VietnameseText.clean(s) : null;
                if (text != null && Ids.isWellFormed(text)) {
                    out.add(new RelationTarget(kind, text, null));
                    continue;
                }
                ParsedSymbol parsed = text == null || text.length() > MAX_SYMBOL ? null : PARSER.parseSymbol(text);
                if (parsed == null) {
                    errors.add(new FieldError(
                            kind.key(),
                            "holds something that is neither a directive id nor a symbol: "
                                    + (text == null ? String.valueOf(entry) : text)));
                } else {
                    out.add(new RelationTarget(kind, null, parsed));
                }
            }
        }
        if (out.size() > MAX_RELATIONS) {
            errors.add(new FieldError("replaces", "a document can name at most " + MAX_RELATIONS + " others in all"));
        }
        return out;
    }

    /** A text field cleaned (NFC, spaces collapsed); null when absent or empty and not required. */
    private static String text(
            Map<String, Object> body, String field, int maxChars, boolean required, List<FieldError> errors) {
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

    private static LocalDate day(Map<String, Object> body, String field, boolean required, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null || !required && "".equals(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return Dates.parseDay(field, value instanceof String s ? s : "");
        } catch (DomainException.Invalid e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
