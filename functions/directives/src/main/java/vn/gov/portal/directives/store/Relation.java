package vn.gov.portal.directives.store;

import java.time.LocalDate;

/**
 * One link between two directives, seen from one of them: {@code kind} is what this document does
 * to the other ({@code replaces}, {@code amends}, {@code repeals}) or what the other did to it
 * ({@code replacedBy}, {@code amendedBy}, {@code repealedBy}). The other document's symbol, title,
 * page and first day in effect are copied when the link is registered, so a page shows the link
 * without reading the other document.
 */
public record Relation(
        RelationKind kind,
        String id,
        String symbol,
        String title,
        String pagePath,
        LocalDate effectiveFrom,
        boolean incoming) {

    /** The name the API uses: the kind's for an outgoing link, its reverse for an incoming one. */
    public String name() {
        return incoming ? kind.reverse() : kind.key();
    }
}
