package vn.gov.portal.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.gov.portal.common.http.PageBody;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.directives.store.RelationKind;

/**
 * The directive routes' response bodies (and the latest-directives file), as openapi.yaml shows
 * them, field order included. A directive's absent values are null, not left out.
 */
public final class DirectiveResponses {

    private DirectiveResponses() {}

    /**
     * A directive as the API shows it everywhere (lists too): its own fields, what it does to
     * other documents, what they did to it ({@code replacedBy}, {@code amendedBy}, {@code repealedBy})
     * and its status on a Vietnam calendar day.
     */
    public record Item(
            String id,
            String title,
            String type,
            String symbol,
            Integer number,
            Integer year,
            String docCode,
            String issuer,
            String unit,
            String subject,
            String issuedOn,
            String signer,
            String summary,
            String attachmentUrl,
            Long attachmentSize,
            String attachmentType,
            String effectiveOn,
            String expiresOn,
            String endsOn,
            String signerTitle,
            String field,
            String issuerName,
            String pageUrl,
            List<Link> replaces,
            List<Link> amends,
            List<Link> repeals,
            List<Link> replacedBy,
            List<Link> amendedBy,
            List<Link> repealedBy,
            String status,
            String statusLabel) {

        /** One document with the relations the table read beside it. */
        public static Item of(DirectivesTable.Full full, LocalDate today) {
            return of(full.directive(), full.incoming(), today);
        }

        /** A directive with the incoming relations kept on its own item. */
        public static Item of(Directive d, LocalDate today) {
            return of(d, d.incoming(), today);
        }

        private static Item of(Directive d, List<Relation> incoming, LocalDate today) {
            DirectiveStatus status = DirectiveStatus.of(d, today);
            List<Relation> outgoing = d.outgoing();
            return new Item(
                    d.id(),
                    d.title(),
                    d.type(),
                    d.symbol(),
                    d.number(),
                    d.year(),
                    d.docCode(),
                    d.issuer(),
                    d.unit(),
                    d.subject(),
                    d.issuedOn().toString(),
                    d.signer(),
                    d.summary(),
                    d.attachmentUrl(),
                    d.attachmentSize(),
                    d.attachmentType(),
                    text(d.effectiveOn()),
                    text(d.expiresOn()),
                    text(d.endsOn()),
                    d.signerTitle(),
                    d.field(),
                    DirectiveService.issuerName(d),
                    DirectiveSite.pagePath(d),
                    Link.all(outgoing, RelationKind.REPLACES),
                    Link.all(outgoing, RelationKind.AMENDS),
                    Link.all(outgoing, RelationKind.REPEALS),
                    Link.all(incoming, RelationKind.REPLACES),
                    Link.all(incoming, RelationKind.AMENDS),
                    Link.all(incoming, RelationKind.REPEALS),
                    status.key(),
                    status.label());
        }
    }

    /** A related document, in either direction. */
    public record Link(String id, String symbol, String title, String pageUrl) {

        static List<Link> all(List<Relation> relations, RelationKind kind) {
            return relations.stream()
                    .filter(r -> r.kind() == kind)
                    .map(r -> new Link(r.id(), r.symbol(), r.title(), r.pagePath()))
                    .toList();
        }
    }

    /** {@code GET /api/directives}: a page; {@code nextCursor} null on the last (and for latest and symbol look-ups). */
    public static PageBody<Item> page(DirectiveService.Page page, LocalDate today) {
        return PageBody.of(page.items(), page.nextCursor(), d -> Item.of(d, today));
    }

    /** The site's latest-directives file: status as of the write, and when it was written (+07:00). */
    public record Latest(List<Item> items, String updatedAt) {}

    /** {@code POST /api/directives/import}: one result per line, in order. */
    public record Imported(List<DirectiveService.ImportResult> results) {}

    /** {@code POST /api/directives/preview}: what a registration would derive from the title. */
    public record Preview(
            String type,
            String symbol,
            Integer number,
            Integer year,
            String docCode,
            String issuer,
            String unit,
            String subject,
            String issuerName) {

        static Preview of(Directive d) {
            return new Preview(
                    d.type(),
                    d.symbol(),
                    d.number(),
                    d.year(),
                    d.docCode(),
                    d.issuer(),
                    d.unit(),
                    d.subject(),
                    DirectiveService.issuerName(d));
        }
    }

    static List<Item> items(List<Directive> directives, LocalDate today) {
        return directives.stream().map(d -> Item.of(d, today)).toList();
    }

    private static String text(LocalDate day) {
        return Objects.toString(day, null);
    }
}
