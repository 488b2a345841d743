package vn.gov.portal.directives;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.common.text.VietnameseText;

/**
 * A directive's attached file: an "attachment" upload that the publish function has checked
 * (status published), copied to a stable public path under {@code /van-ban/<year>/} with a
 * download name readers recognize, the symbol ({@code 121/LĐTBXH-VP} → {@code 121-LDTBXH-VP.pdf}).
 */
public final class Attachments {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "application/msword", "doc",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final UploadsStore uploads;
    private final SiteStore site;
    private final String uploadsBucket;

    public Attachments(UploadsStore uploads, SiteStore site, String uploadsBucket) {
        this.uploads = uploads;
        this.site = site;
        this.uploadsBucket = uploadsBucket;
    }

    /** The upload if it can be attached now: 400 if it is not a good attachment, 409 while it is being checked. */
    public UploadsTable.Upload check(String uploadId) {
        UploadsTable.Upload upload = uploads.get(uploadId)
                .filter(u -> "attachment".equals(u.kind()))
                .orElseThrow(() ->
                        new DomainException.Invalid("attachmentUploadId", "is not the id of an attachment upload"));
        return switch (upload.status()) {
            case UploadsTable.PUBLISHED -> {
                if (!EXTENSIONS.containsKey(upload.contentType())) {
                    throw new DomainException.Invalid("attachmentUploadId", "is not a PDF or Word document");
                }
                yield upload;
            }
            case UploadsTable.PENDING ->
                throw new DomainException.Conflict("The attachment is still being processed; retry in a moment.");
            default -> throw new DomainException.Invalid("attachmentUploadId", "refers to an upload that was rejected");
        };
    }

    /** Copies the upload to its public path and returns that path. */
    public String publish(UploadsTable.Upload upload, LocalDate issuedOn, String symbol, String title) {
        String extension = EXTENSIONS.get(upload.contentType());
        String path = path(issuedOn, upload.uploadId(), extension);
        site.copyFrom(
                uploadsBucket,
                upload.key(),
                path,
                upload.contentType(),
                SiteBucket.IMMUTABLE_CACHE,
                contentDisposition(extension, symbol, title));
        return path;
    }

    public void remove(String path) {
        site.delete(path);
    }

    /** Named by the upload id, not the directive's: a retried registration overwrites the same object. */
    static String path(LocalDate issuedOn, String uploadId, String extension) {
        return "/van-ban/" + issuedOn.getYear() + "/" + uploadId + "." + extension;
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients and the UTF-8 {@code filename*} (RFC 8187)
     * that keeps "Đ". PDFs open in the browser (inline, the name still applies to saving); Word
     * files download.
     */
    static String contentDisposition(String extension, String symbol, String title) {
        String name = downloadName(symbol, title) + "." + extension;
        String ascii = VietnameseText.stripDiacritics(name).replaceAll("[^A-Za-z0-9._-]", "-");
        String type = extension.equals("pdf") ? "inline" : "attachment";
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /** The symbol with "/" as "-" ("121-LĐTBXH-VP"), else the title's slug. */
    static String downloadName(String symbol, String title) {
        if (symbol != null) {
            return symbol.replace('/', '-');
        }
        String slug = VietnameseText.slug(title == null ? "" : title);
        return slug.isEmpty() ? "van-ban" : slug;
    }

    /** RFC 8187 value-chars: attr-char stays, every other UTF-8 byte is %XX. */
    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
