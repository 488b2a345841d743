package vn.gov.portal.directives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesStore;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchIndexer;

/**
 * Directive documents: registration (one or an import of many), look-ups and deletion. What the
 * editor does not give is derived from the title with {@link DirectiveTitleParser}; explicit
 * fields win. Registering the same symbol (or, without one, the same title) on the same day
 * again returns the directive already there. Every change rewrites the pages it affects
 * ({@link DirectiveSite}): the document's own, those of the documents it relates to, the list.
 */
public final class DirectiveService {

    public static final int MAX_IMPORT = 200;
    private static final DirectiveTitleParser PARSER = new DirectiveTitleParser();

    private final DirectivesStore table;
    private final Attachments attachments;
    private final LatestSnapshot snapshot;
    private final DirectiveSite site;
    private final Clock clock;
    private final SearchIndexer search;

    public DirectiveService(
            DirectivesStore table,
            Attachments attachments,
            LatestSnapshot snapshot,
            DirectiveSite site,
            Clock clock,
            SearchIndexer search) {
        this.table = table;
        this.attachments = attachments;
        this.snapshot = snapshot;
        this.site = site;
        this.clock = clock;
        this.search = search;
    }

    /** One line of an import's answer. */
    public record ImportResult(int index, String status, String id, List<FieldError> errors)
            implements Json.OmitsNulls {}

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
        List<Directive> targets = resolve(request.relations());
        directive = withRelations(directive, request.relations(), targets);
        directive = directive.withPagePath(site.pagePathFor(directive, table.bySymbolIfAny(directive.symbol())));
        if (request.attachmentUploadId() != null) {
            Optional<Directive> existing = table.byDedupKey(directive.dedupKey(), directive.issuedOn());
            if (existing.isPresent()) {
                site.published(existing.get().id(), List.of());
                site.listChanged(List.of(), Set.of());
                search.index(DirectiveSearchDocument.of(existing.get()));
                snapshot.refresh(List.of(), Set.of());
                return new DirectivesTable.Saved(existing.get(), false);
            }
            UploadsTable.Upload upload = attachments.check(request.attachmentUploadId());
            if (table.attachmentOwner(upload.uploadId()).isPresent()) {
                throw new DomainException.Conflict(
                        "This attachment upload belongs to another directive; upload the file again.");
            }
            String url = attachments.publish(upload, directive.issuedOn(), directive.symbol(), directive.title());
            directive = directive.withAttachment(url, upload.uploadId(), upload.contentLength(), upload.contentType());
        }
        DirectivesTable.Saved saved = table.insert(directive, endsOnChanges(directive, targets));
        search.index(DirectiveSearchDocument.of(saved.directive())); // also when existing: repairs a failed first try
        site.published(saved.directive().id(), saved.created() ? targetIds(saved.directive()) : List.of());
        site.listChanged(saved.created() ? List.of(saved.directive()) : List.of(), Set.of());
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
            throw new DomainException.TooLarge(
                    "An import takes at most " + MAX_IMPORT + " lines; this one has " + lines.size() + ". Split it.");
        }
        List<ImportResult> results = new ArrayList<>();
        List<Directive> created = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                DirectiveRequest request = DirectiveRequest.fromImportLine(lines.get(i));
                Directive directive = derive(request, Ids.newId(), clock.instant(), editor);
                directive =
                        directive.withPagePath(site.pagePathFor(directive, table.bySymbolIfAny(directive.symbol())));
                DirectivesTable.Saved saved = table.insert(directive);
                search.index(DirectiveSearchDocument.of(saved.directive()));
                if (saved.created()) {
                    created.add(saved.directive());
                }
                site.published(saved.directive().id(), List.of());
                results.add(new ImportResult(
                        i,
                        saved.created() ? "created" : "existing",
                        saved.directive().id(),
                        null));
            } catch (DomainException.Invalid e) {
                results.add(new ImportResult(i, "rejected", null, e.errors()));
            } catch (DomainException.Conflict e) {
                results.add(new ImportResult(i, "rejected", null, List.of(new FieldError("line", e.getMessage()))));
            }
        }
        site.listChanged(created, Set.of());
        snapshot.refresh(created, Set.of());
        return results;
    }

    public Page list(Map<String, String> query) {
        return switch (DirectiveQuery.parse(query)) {
            case DirectiveQuery.Latest q -> new Page(table.latest(q.count()), null);
            // The symbol items hold copies made at registration: the end day lives on the directive's own item.
            case DirectiveQuery.BySymbol q ->
                new Page(
                        table.bySymbol(q.symbol()).stream()
                                .map(d -> table.full(d.id())
                                        .map(DirectivesTable.Full::directive)
                                        .orElse(d))
                                .toList(),
                        null);
            case DirectiveQuery.Range q -> {
                DirectivesTable.Page page = q.browsing()
                        ? table.browse(
                                new DirectivesTable.Filter(
                                        q.from(), q.to(), q.type(), q.issuer(), q.field(), q.status(), today()),
                                q.limit(),
                                q.cursor())
                        : table.between(q.from(), q.to(), q.type(), q.issuer(), q.limit(), q.cursor());
                yield new Page(page.items(), page.nextCursor());
            }
        };
    }

    public Directive get(String id) {
        return full(id).directive();
    }

    /** A directive and what other documents did to it. */
    public DirectivesTable.Full full(String id) {
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No directive " + id + ".");
        }
        return table.full(id).orElseThrow(() -> new DomainException.NotFound("No directive " + id + "."));
    }

    /** Today on the Vietnam calendar, the day statuses are computed for. */
    public LocalDate today() {
        return DirectiveStatus.today(clock);
    }

    /**
     * Deletes the directive (with the links it put on other documents and their end days), then
     * rewrites the pages and the snapshot, then removes its file: no listing points to a missing file.
     */
    public void delete(String id) {
        DirectivesTable.Full full = full(id);
        Directive directive = full.directive();
        search.remove(Kind.DIRECTIVE, directive.id()); // first: a failure leaves the directive, and a retry finishes
        if (!table.delete(directive, endsOnWithout(directive))) {
            throw new DomainException.NotFound("No directive " + id + ".");
        }
        site.removed(directive, full.incoming().stream().map(Relation::id).toList(), targetIds(directive));
        snapshot.refresh(List.of(), Set.of(directive.id()));
        if (directive.attachmentUrl() != null) {
            attachments.remove(directive.attachmentUrl());
        }
    }

    // ------------------------------------------------------------------------------- relations

    /**
     * The documents a registration names, each read once: by id, or by symbol when exactly one
     * document has it. An unknown or ambiguous one is a 400 on its field (nothing is written).
     */
    private List<Directive> resolve(List<DirectiveRequest.RelationTarget> wanted) {
        List<Directive> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (DirectiveRequest.RelationTarget t : wanted) {
            String field = t.kind().key();
            if (t.id() != null) {
                table.full(t.id())
                        .ifPresentOrElse(
                                f -> out.add(f.directive()),
                                () -> errors.add(new FieldError(field, "no directive has the id " + t.id())));
                continue;
            }
            List<Directive> found = table.bySymbol(t.symbol().symbol());
            if (found.isEmpty()) {
                errors.add(new FieldError(
                        field,
                        "no directive is registered with the symbol "
                                + t.symbol().symbol()));
            } else if (found.size() > 1) {
                errors.add(new FieldError(
                        field,
                        found.size() + " directives have the symbol "
                                + t.symbol().symbol() + " (one per day it was used); name the one you mean by its id"));
            } else {
                table.full(found.getFirst().id())
                        .ifPresentOrElse(
                                f -> out.add(f.directive()),
                                () -> errors.add(new FieldError(
                                        field,
                                        "no directive is registered with the symbol "
                                                + t.symbol().symbol())));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return out;
    }

    /** The relations as stored on the new document: a copy of what a page shows of each target. */
    private Directive withRelations(
            Directive d, List<DirectiveRequest.RelationTarget> wanted, List<Directive> targets) {
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Directive t = targets.get(i);
            Relation r = new Relation(
                    wanted.get(i).kind(),
                    t.id(),
                    t.symbol(),
                    t.title(),
                    DirectiveSite.pagePath(t),
                    t.effectiveFrom(),
                    false);
            if (relations.stream().noneMatch(x -> x.kind() == r.kind() && x.id().equals(r.id()))) {
                relations.add(r);
            }
        }
        return d.withRelations(relations);
    }

    /**
     * Each target once: the new document's entries for its incoming list, and its new end day
     * when the new document replaces or repeals it and takes effect before it would end.
     */
    static List<DirectivesTable.Target> endsOnChanges(Directive d, List<Directive> targets) {
        Map<String, DirectivesTable.Target> out = new LinkedHashMap<>();
        for (Directive t : targets) {
            if (out.containsKey(t.id())) {
                continue;
            }
            List<Relation> add = d.outgoing().stream()
                    .filter(r -> r.id().equals(t.id()))
                    .map(r -> new Relation(
                            r.kind(),
                            d.id(),
                            d.symbol(),
                            d.title(),
                            DirectiveSite.pagePath(d),
                            d.effectiveFrom(),
                            true))
                    .toList();
            boolean ends = add.stream().anyMatch(r -> r.kind().endsEffect());
            boolean earlier = ends && (t.endsOn() == null || d.effectiveFrom().isBefore(t.endsOn()));
            out.put(
                    t.id(),
                    new DirectivesTable.Target(
                            t, earlier ? d.effectiveFrom() : t.endsOn(), earlier, add, List.of(), null));
        }
        return List.copyOf(out.values());
    }

    /**
     * The targets of a document being deleted: the positions of its entries in each one's incoming
     * list, and the end day each has without it (targets already gone are skipped).
     */
    private List<DirectivesTable.Target> endsOnWithout(Directive d) {
        List<DirectivesTable.Target> out = new ArrayList<>();
        for (String id : targetIds(d)) {
            table.full(id).ifPresent(f -> out.add(without(f.directive(), d.id())));
        }
        return out;
    }

    static DirectivesTable.Target without(Directive target, String removedId) {
        List<Relation> incoming = target.incoming();
        List<Integer> positions = new ArrayList<>();
        List<Relation> others = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            if (incoming.get(i).id().equals(removedId)) {
                positions.add(i);
            } else {
                others.add(incoming.get(i));
            }
        }
        LocalDate end = DirectiveStatus.endsOn(target.expiresOn(), others);
        return new DirectivesTable.Target(
                target, end, !Objects.equals(end, target.endsOn()), List.of(), positions, removedId);
    }

    private static List<String> targetIds(Directive d) {
        return d.outgoing().stream().map(Relation::id).distinct().toList();
    }

    /**
     * What a registration with this body would store, derived by the same rules as {@link #create}
     * and written nowhere: the editor console shows it live while the title is typed.
     */
    public DirectiveResponses.Preview preview(Map<String, Object> body) {
        DirectiveRequest request = DirectiveRequest.forPreview(body);
        return DirectiveResponses.Preview.of(derive(request, "preview", clock.instant(), "preview"));
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
        Directive.Builder b = Directive.builder()
                .id(id)
                .title(request.title())
                .type(type)
                .subject(parsed.subject())
                .issuedOn(request.issuedOn())
                .signer(request.signer())
                .summary(request.summary())
                .dedupKey(DirectivesTable.dedupKey(symbol, request.title()))
                .createdAt(now)
                .createdBy(editor)
                .effectiveOn(request.effectiveOn())
                .expiresOn(request.expiresOn())
                .signerTitle(request.signerTitle())
                .field(request.field())
                .issuerName(request.issuerName())
                .endsOn(request.expiresOn());
        if (parts != null) {
            b.symbol(symbol)
                    .number(parts.number())
                    .year(parts.year())
                    .docCode(parts.docCode())
                    .issuer(parts.issuer())
                    .unit(parts.unit());
        }
        return b.build();
    }

    /** The title's own type word, else what the symbol implies (its code's name, or Công văn). */
    private static String typeOf(String title, ParsedTitle parsed, ParsedSymbol parts) {
        // The parser reports a type word only at the very start; a type derived from a symbol cannot
        // be there, since such a title starts with the symbol (or "Số").
        if (parsed.type() != null
                && title.regionMatches(true, 0, parsed.type(), 0, parsed.type().length())) {
            return parsed.type();
        }
        return parts == null ? null : PARSER.parse(parts.symbol()).type();
    }

    /** The name the editor gave, else the one the issuer code stands for; null when unknown. */
    public static String issuerName(Directive d) {
        return d.issuerName() != null
                ? d.issuerName()
                : IssuerNames.of(d.issuer()).orElse(null);
    }
}
