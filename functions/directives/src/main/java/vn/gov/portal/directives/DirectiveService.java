package vn.gov.portal.directives;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchIndexer;

/**
 * Directive documents: registration (one or an import of many), look-ups and deletion. What the
 * editor does not give is derived from the title with {@link DirectiveTitleParser}; explicit
 * fields win. Registering the same symbol (or, without one, the same title) on the same day
 * again returns the directive already there.
 */
public final class DirectiveService {

    public static final int MAX_IMPORT = 200;
    private static final DirectiveTitleParser PARSER = new DirectiveTitleParser();

    private final DirectivesTable table;
    private final Attachments attachments;
    private final LatestSnapshot snapshot;
    private final Clock clock;
    private final SearchIndexer search;

    public DirectiveService(DirectivesTable table, Attachments attachments, LatestSnapshot snapshot, Clock clock, SearchIndexer search) {
        this.table = table;
        this.attachments = attachments;
        this.snapshot = snapshot;
        this.clock = clock;
        this.search = search;
    }

    /** One line of an import's answer. */
    public record ImportResult(int index, String status, String id, List<FieldError> errors) {}

    /** A page of directives; {@code nextCursor} is null on the last (and for latest and symbol look-ups). */
    public record Page(List<Directive> items, String nextCursor) {}

    /**
     * Registers a directive. The attachment is copied before the directive is written, so nothing
     * ever points to a missing file; a re-sent registration finds the existing one first and
     * copies nothing. The snapshot is rewritten even then, which repairs it if the first attempt
     * failed after the write.
     */
    public DirectivesTable.Saved create(String editor, Map<String, Object> body) {
        DirectiveRequest request = DirectiveRequest.from(body);
        Directive directive = derive(request, Ids.newId(), clock.instant(), editor);
        if (request.attachmentUploadId() != null) {
            Optional<Directive> existing = table.byDedupKey(directive.dedupKey(), directive.issuedOn());
            if (existing.isPresent()) {
                search.index(DirectiveSearchDocument.of(existing.get()));
                snapshot.refresh(List.of(), Set.of());
                return new DirectivesTable.Saved(existing.get(), false);
            }
            UploadsTable.Upload upload = attachments.check(request.attachmentUploadId());
            if (table.attachmentOwner(upload.uploadId()).isPresent()) {
                throw new DomainException.Conflict("This attachment upload belongs to another directive; upload the file again.");
            }
            String url = attachments.publish(upload, directive.issuedOn(), directive.symbol(), directive.title());
            directive = withAttachment(directive, url, upload.uploadId());
        }
        DirectivesTable.Saved saved = table.insert(directive);
        search.index(DirectiveSearchDocument.of(saved.directive())); // also when existing: repairs a failed first try
        snapshot.refresh(saved.created() ? List.of(saved.directive()) : List.of(), Set.of());
        return saved;
    }

    /**
     * Registers up to {@value #MAX_IMPORT} titles, each line checked and written on its own: a
     * refused line writes nothing and the others go on. A storage failure ends the call (503);
     * sending the same import again is safe, lines already written come back "existing".
     */
    public List<ImportResult> importTitles(String editor, Object body) {
        if (!(body instanceof List<?> lines)) {
            throw new DomainException.Invalid("body", "must be a JSON array of {\"title\", \"issuedOn\"} objects");
        }
        if (lines.isEmpty()) {
            throw new DomainException.Invalid("body", "must hold at least one line");
        }
        if (lines.size() > MAX_IMPORT) {
            throw new DomainException.TooLarge("An import takes at most " + MAX_IMPORT + " lines; this one has "
                    + lines.size() + ". Split it.");
        }
        List<ImportResult> results = new ArrayList<>();
        List<Directive> created = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                DirectiveRequest request = DirectiveRequest.fromImportLine(lines.get(i));
                DirectivesTable.Saved saved = table.insert(derive(request, Ids.newId(), clock.instant(), editor));
                search.index(DirectiveSearchDocument.of(saved.directive()));
                if (saved.created()) {
                    created.add(saved.directive());
                }
                results.add(new ImportResult(i, saved.created() ? "created" : "existing", saved.directive().id(), null));
            } catch (DomainException.Invalid e) {
                results.add(new ImportResult(i, "rejected", null, e.errors()));
            } catch (DomainException.Conflict e) {
                results.add(new ImportResult(i, "rejected", null, List.of(new FieldError("line", e.getMessage()))));
            }
        }
        snapshot.refresh(created, Set.of());
        return results;
    }

    public Page list(Map<String, String> query) {
        return switch (DirectiveQuery.parse(query)) {
            case DirectiveQuery.Latest q -> new Page(table.latest(q.count()), null);
            case DirectiveQuery.BySymbol q -> new Page(table.bySymbol(q.symbol()), null);
            case DirectiveQuery.Range q -> {
                DirectivesTable.Page page = table.between(q.from(), q.to(), q.type(), q.issuer(), q.limit(), q.cursor());
                yield new Page(page.items(), page.nextCursor());
            }
        };
    }

    public Directive get(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No directive " + id + ".");
        }
        return table.get(id).orElseThrow(() -> new DomainException.NotFound("No directive " + id + "."));
    }

    /** Deletes the directive, then rewrites the snapshot, then removes its file: no listing points to a missing file. */
    public void delete(String id) {
        Directive directive = get(id);
        search.remove(Kind.DIRECTIVE, directive.id()); // first: a failure leaves the directive, and a retry finishes
        if (!table.delete(directive)) {
            throw new DomainException.NotFound("No directive " + id + ".");
        }
        snapshot.refresh(List.of(), Set.of(directive.id()));
        if (directive.attachmentUrl() != null) {
            attachments.remove(directive.attachmentUrl());
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * The directive a request describes. Explicit fields win; the rest comes from the title, and
     * what the title does not say stays null. An explicit symbol also decides the type when the
     * title has no type word of its own, as the title's symbol would have.
     */
    static Directive derive(DirectiveRequest request, String id, Instant now, String editor) {
        ParsedTitle parsed = PARSER.parse(request.title());
        ParsedSymbol parts = request.symbol() != null ? request.symbol() : parsed.parts();
        String type = request.type() != null ? request.type() : typeOf(request.title(), parsed, parts);
        String symbol = parts == null ? null : parts.symbol();
        return new Directive(id, request.title(), type, symbol,
                parts == null ? null : parts.number(), parts == null ? null : parts.year(),
                parts == null ? null : parts.docCode(), parts == null ? null : parts.issuer(),
                parts == null ? null : parts.unit(), parsed.subject(), request.issuedOn(), request.signer(),
                request.summary(), null, null, DirectivesTable.dedupKey(symbol, request.title()), now, editor);
    }

    /** The title's own type word, else what the symbol implies (its code's name, or Công văn). */
    private static String typeOf(String title, ParsedTitle parsed, ParsedSymbol parts) {
        // The parser reports a type word only at the very start; a type derived from a symbol cannot
        // be there, since such a title starts with the symbol (or "Số").
        if (parsed.type() != null && title.regionMatches(true, 0, parsed.type(), 0, parsed.type().length())) {
            return parsed.type();
        }
        return parts == null ? null : PARSER.parse(parts.symbol()).type();
    }

    private static Directive withAttachment(Directive d, String url, String uploadId) {
        return new Directive(d.id(), d.title(), d.type(), d.symbol(), d.number(), d.year(), d.docCode(), d.issuer(),
                d.unit(), d.subject(), d.issuedOn(), d.signer(), d.summary(), url, uploadId, d.dedupKey(),
                d.createdAt(), d.createdBy());
    }

    /** A directive as the API and the snapshot show it; absent values are null, not left out. */
    public static Map<String, Object> toJson(Directive d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        out.put("type", d.type());
        out.put("symbol", d.symbol());
        out.put("number", d.number());
        out.put("year", d.year());
        out.put("docCode", d.docCode());
        out.put("issuer", d.issuer());
        out.put("unit", d.unit());
        out.put("subject", d.subject());
        out.put("issuedOn", d.issuedOn().toString());
        out.put("signer", d.signer());
        out.put("summary", d.summary());
        out.put("attachmentUrl", d.attachmentUrl());
        return out;
    }

    public static Map<String, Object> toJson(ImportResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", r.index());
        out.put("status", r.status());
        if (r.id() != null) {
            out.put("id", r.id());
        }
        if (r.errors() != null) {
            out.put("errors", r.errors().stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return out;
    }
}
