package vn.gov.portal.directives.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered directive document, as stored. Directives are never updated in place (an editor
 * deletes and registers again), which is what lets the table keep copies of one on its index items.
 * The one exception is {@code endsOn} on the directive's own item, kept by the table when a document
 * that replaces or repeals this one is registered or deleted (see {@link DirectivesTable}).
 * Built by naming its fields ({@link #builder()}, {@link #toBuilder()}): most are optional strings,
 * which in order would be easy to swap.
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
public record Directive(
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
        LocalDate issuedOn,
        String signer,
        String summary,
        String attachmentUrl,
        String attachmentUploadId,
        String dedupKey,
        Instant createdAt,
        String createdBy,
        LocalDate effectiveOn,
        LocalDate expiresOn,
        String signerTitle,
        String field,
        String issuerName,
        List<Relation> relations,
        String pagePath,
        Long attachmentSize,
        String attachmentType,
        LocalDate endsOn) {

    public Directive {
        relations = relations == null ? List.of() : List.copyOf(relations);
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
        return toBuilder().endsOn(day).build();
    }

    public Directive withAttachment(String url, String uploadId, long size, String contentType) {
        return toBuilder()
                .attachmentUrl(url)
                .attachmentUploadId(uploadId)
                .attachmentSize(size)
                .attachmentType(contentType)
                .build();
    }

    public Directive withPagePath(String path) {
        return toBuilder().pagePath(path).build();
    }

    public Directive withRelations(List<Relation> relations) {
        return toBuilder().relations(relations).build();
    }

    /** An empty builder: what is not set stays null (relations: none). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this directive's fields, to copy it with a few changed. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.type = type;
        b.symbol = symbol;
        b.number = number;
        b.year = year;
        b.docCode = docCode;
        b.issuer = issuer;
        b.unit = unit;
        b.subject = subject;
        b.issuedOn = issuedOn;
        b.signer = signer;
        b.summary = summary;
        b.attachmentUrl = attachmentUrl;
        b.attachmentUploadId = attachmentUploadId;
        b.dedupKey = dedupKey;
        b.createdAt = createdAt;
        b.createdBy = createdBy;
        b.effectiveOn = effectiveOn;
        b.expiresOn = expiresOn;
        b.signerTitle = signerTitle;
        b.field = field;
        b.issuerName = issuerName;
        b.relations = relations;
        b.pagePath = pagePath;
        b.attachmentSize = attachmentSize;
        b.attachmentType = attachmentType;
        b.endsOn = endsOn;
        return b;
    }

    /** Builds a directive by naming its fields (it has too many of the same type to pass in order). */
    public static final class Builder {
        private String id;
        private String title;
        private String type;
        private String symbol;
        private Integer number;
        private Integer year;
        private String docCode;
        private String issuer;
        private String unit;
        private String subject;
        private LocalDate issuedOn;
        private String signer;
        private String summary;
        private String attachmentUrl;
        private String attachmentUploadId;
        private String dedupKey;
        private Instant createdAt;
        private String createdBy;
        private LocalDate effectiveOn;
        private LocalDate expiresOn;
        private String signerTitle;
        private String field;
        private String issuerName;
        private List<Relation> relations;
        private String pagePath;
        private Long attachmentSize;
        private String attachmentType;
        private LocalDate endsOn;

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder number(Integer number) {
            this.number = number;
            return this;
        }

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder docCode(String docCode) {
            this.docCode = docCode;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        public Builder signer(String signer) {
            this.signer = signer;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder attachmentUrl(String attachmentUrl) {
            this.attachmentUrl = attachmentUrl;
            return this;
        }

        public Builder attachmentUploadId(String attachmentUploadId) {
            this.attachmentUploadId = attachmentUploadId;
            return this;
        }

        public Builder dedupKey(String dedupKey) {
            this.dedupKey = dedupKey;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder effectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
            return this;
        }

        public Builder expiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
            return this;
        }

        public Builder signerTitle(String signerTitle) {
            this.signerTitle = signerTitle;
            return this;
        }

        public Builder field(String field) {
            this.field = field;
            return this;
        }

        public Builder issuerName(String issuerName) {
            this.issuerName = issuerName;
            return this;
        }

        public Builder relations(List<Relation> relations) {
            this.relations = relations;
            return this;
        }

        public Builder pagePath(String pagePath) {
            this.pagePath = pagePath;
            return this;
        }

        public Builder attachmentSize(Long attachmentSize) {
            this.attachmentSize = attachmentSize;
            return this;
        }

        public Builder attachmentType(String attachmentType) {
            this.attachmentType = attachmentType;
            return this;
        }

        public Builder endsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
            return this;
        }

        public Directive build() {
            return new Directive(
                    id,
                    title,
                    type,
                    symbol,
                    number,
                    year,
                    docCode,
                    issuer,
                    unit,
                    subject,
                    issuedOn,
                    signer,
                    summary,
                    attachmentUrl,
                    attachmentUploadId,
                    dedupKey,
                    createdAt,
                    createdBy,
                    effectiveOn,
                    expiresOn,
                    signerTitle,
                    field,
                    issuerName,
                    relations,
                    pagePath,
                    attachmentSize,
                    attachmentType,
                    endsOn);
        }
    }
}
