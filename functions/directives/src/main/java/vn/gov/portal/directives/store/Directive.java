package vn.gov.portal.directives.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered directive document, as stored. Directives are never updated in place (an editor
 * deletes and registers again), which is what lets the table keep copies of one on its index items.
 *
 * @param dedupKey           partition key of the item that makes a re-sent registration return this
 *                           directive: {@code SYM#<folded symbol>} or {@code TTL#<title hash>} (with sk = issuedOn)
 * @param attachmentUploadId the upload the attachment was copied from; null without attachment
 */
public record Directive(String id, String title, String type, String symbol, Integer number, Integer year,
                        String docCode, String issuer, String unit, String subject, LocalDate issuedOn,
                        String signer, String summary, String attachmentUrl, String attachmentUploadId,
                        String dedupKey, Instant createdAt, String createdBy) {}
