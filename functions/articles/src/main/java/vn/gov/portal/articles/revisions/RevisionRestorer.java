package vn.gov.portal.articles.revisions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.store.UploadsTable;

/**
 * Restores a published version: its source (the upload's object, kept) becomes a new upload in
 * the restoring editor's name, named to this article ({@code id:} in its front matter, so a
 * later change of slug or day does not make it another article; {@code draft:} dropped), and
 * goes through the normal publish pipeline. The article is updated in place: same id, same
 * ratings. An article unpublished since is published again from that version, as a new article
 * (its id and ratings went with it).
 */
public final class RevisionRestorer {

    private final ArticleRevisions revisions;
    private final ArticlesTable articles;
    private final UploadsTable uploads;
    private final S3Client s3;
    private final String bucket;
    private final Clock clock;
    private final AuditTrail audit;

    public RevisionRestorer(
            ArticleRevisions revisions,
            ArticlesTable articles,
            UploadsTable uploads,
            S3Client s3,
            String bucket,
            Clock clock,
            AuditTrail audit) {
        this.revisions = revisions;
        this.articles = articles;
        this.uploads = uploads;
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
        this.audit = audit;
    }

    /** Returns the new upload's id (poll it as any upload). */
    public String restore(Editor editor, String articleId, String revisionId) {
        if (!Ids.isWellFormed(articleId)) {
            throw new DomainException.NotFound("No article " + articleId + ".");
        }
        ArticleRevisions.Revision revision = revisions
                .find(articleId, revisionId)
                .orElseThrow(() ->
                        new DomainException.NotFound("Article " + articleId + " has no version " + revisionId + "."));
        UploadsTable.Upload old = uploads.get(revision.uploadId())
                .orElseThrow(() ->
                        new DomainException.NotFound("The source of version " + revisionId + " is no longer kept."));
        String source;
        try (var in = s3.getObject(r -> r.bucket(bucket).key(old.key()))) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean published = articles.get(articleId).isPresent();
        Instant now = clock.instant();
        byte[] bytes = namedTo(source, published ? articleId : null, old.createdAt(), now)
                .getBytes(StandardCharsets.UTF_8);
        String uploadId = Ids.newId();
        String key = "incoming/" + uploadId;
        uploads.createPending(UploadsTable.Upload.builder()
                .uploadId(uploadId)
                .kind("article")
                .filename(old.filename())
                .contentType(old.contentType())
                .contentLength(bytes.length)
                .key(key)
                .createdAt(now)
                .requestedBy(editor)
                .build());
        audit.record(
                editor,
                "article.restore",
                "article/" + articleId,
                "accepted",
                Map.of("revision", revisionId, "uploadId", uploadId));
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(old.contentType()), RequestBody.fromBytes(bytes));
        return uploadId;
    }

    /**
     * The source as the restore uploads it: {@code id: <articleId>} (none when null) in place of
     * its own {@code id:}, no {@code draft:}; the publication time it had ({@code publishedAt} of the
     * source, or else the time of that upload, which the pipeline used when the source named none:
     * without it the article would move to today); and no {@code expiresAt} already past (the
     * restored version would expire again at once).
     */
    static String namedTo(String source, String articleId, Instant uploadedAt, Instant now) {
        String text = (source.startsWith("\uFEFF") ? source.substring(1) : source).replace("\r\n", "\n");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return text; // not a source the pipeline accepts: it will say why
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        List<String> out = new ArrayList<>();
        out.add("---");
        if (articleId != null) {
            out.add("id: " + articleId);
        }
        if (lines.subList(1, end).stream().noneMatch(l -> l.startsWith("publishedAt:"))) {
            out.add("publishedAt: "
                    + OffsetDateTime.ofInstant(uploadedAt.truncatedTo(ChronoUnit.SECONDS), Dates.VIETNAM)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < end && (line.startsWith("id:") || line.startsWith("draft:") || isPast(line, "expiresAt:", now))) {
                continue;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static boolean isPast(String line, String key, Instant now) {
        if (!line.startsWith(key)) {
            return false;
        }
        try {
            String value = line.substring(key.length()).strip().replaceAll("^[\"']|[\"']$", "");
            return !OffsetDateTime.parse(value).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            return false; // the pipeline says what is wrong with it
        }
    }
}
