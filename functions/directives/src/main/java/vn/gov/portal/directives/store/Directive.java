package vn.gov.portal.directives.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered directive document, as stored. Directives are never updated in place (an editor
 * deletes and registers again), which is what lets the table keep copies of one on its index items.
 * The one exception is {@code endsOn} on the directive's own item, kept by the table when a document
 * that replaces or repeals this one is registered or deleted (see {@link DirectivesTable}).
 *
 * @param dedupKey           partition key of the item that makes a re-sent registration return this
 *                           directive: {@code SYM#<folded symbol>} or {@code TTL#<title hash>} (with sk = issuedOn)
 * @param attachmentUploadId the upload the attachment was copied from; null without attachment
 * @param effectiveOn        the first day in effect as the editor gave it; null for records registered
 *                           without one (they are in effect from {@code issuedOn})
 * @param expiresOn          the first day no longer in effect, as the document says; null if open-ended
 * @param issuerName         the authority's full name as the editor gave it; null to derive it from the issuer code
 * @param relations          what this document does to others (replaces, amends, repeals), as registered,
 *                           and what others did to it ({@link Relation#incoming()}), kept on its item by the table
 * @param pagePath           the document's page on the site; null for records registered before pages existed
 * @param endsOn             the first day out of effect: the earlier of {@code expiresOn} and the effective
 *                           day of a document replacing or repealing this one; null if none (only on the
 *                           directive's own item and its index copies, not on the symbol/title copy)
 */
public record Directive(String id, String title, String type, String symbol, Integer number, Integer year,
                        String docCode, String issuer, String unit, String subject, LocalDate issuedOn,
                        String signer, String summary, String attachmentUrl, String attachmentUploadId,
                        String dedupKey, Instant createdAt, String createdBy,
                        LocalDate effectiveOn, LocalDate expiresOn, String signerTitle, String field,
                        String issuerName, List<Relation> relations, String pagePath,
                        Long attachmentSize, String attachmentType, LocalDate endsOn) {

    public Directive {
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** A directive as registered before dates of effect, fields, relations and pages existed. */
    public Directive(String id, String title, String type, String symbol, Integer number, Integer year,
                     String docCode, String issuer, String unit, String subject, LocalDate issuedOn,
                     String signer, String summary, String attachmentUrl, String attachmentUploadId,
                     String dedupKey, Instant createdAt, String createdBy) {
        this(id, title, type, symbol, number, year, docCode, issuer, unit, subject, issuedOn, signer, summary,
                attachmentUrl, attachmentUploadId, dedupKey, createdAt, createdBy, null, null, null, null, null,
                List.of(), null, null, null, null);
    }

    /** What this document does to others. */
    public List<Relation> outgoing() {
        return relations.stream().filter(r -> !r.incoming()).toList();
    }

    /** What other documents did to this one, oldest registration first. */
    public List<Relation> incoming() {
        return relations.stream().filter(Relation::incoming).toList();
    }

    /** The first day in effect: {@code effectiveOn}, else the issue day. */
    public LocalDate effectiveFrom() {
        return effectiveOn != null ? effectiveOn : issuedOn;
    }

    public Directive withEndsOn(LocalDate day) {
        return new Directive(id, title, type, symbol, number, year, docCode, issuer, unit, subject, issuedOn, signer,
                summary, attachmentUrl, attachmentUploadId, dedupKey, createdAt, createdBy, effectiveOn, expiresOn,
                signerTitle, field, issuerName, relations, pagePath, attachmentSize, attachmentType, day);
    }

    public Directive withAttachment(String url, String uploadId, long size, String contentType) {
        return new Directive(id, title, type, symbol, number, year, docCode, issuer, unit, subject, issuedOn, signer,
                summary, url, uploadId, dedupKey, createdAt, createdBy, effectiveOn, expiresOn,
                signerTitle, field, issuerName, relations, pagePath, size, contentType, endsOn);
    }

    public Directive withPagePath(String path) {
        return new Directive(id, title, type, symbol, number, year, docCode, issuer, unit, subject, issuedOn, signer,
                summary, attachmentUrl, attachmentUploadId, dedupKey, createdAt, createdBy, effectiveOn, expiresOn,
                signerTitle, field, issuerName, relations, path, attachmentSize, attachmentType, endsOn);
    }
}
