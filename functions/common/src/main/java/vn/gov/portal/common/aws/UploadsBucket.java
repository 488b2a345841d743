package vn.gov.portal.common.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.gov.portal.common.store.UploadsTable;

/** The uploads bucket (private): the uploaded objects ({@code incoming/<uploadId>}) and drafts' preview pages. */
public final class UploadsBucket implements UploadObjectStore {

    private final S3Client s3;
    private final String bucket;

    public UploadsBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public Optional<byte[]> read(String key, int maxBytes) {
        try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(key))) {
            return Optional.of(in.readNBytes(maxBytes));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void resend(String key, String contentType) {
        s3.copyObject(r -> r.sourceBucket(bucket)
                .sourceKey(key)
                .destinationBucket(bucket)
                .destinationKey(key)
                .contentType(contentType)
                .metadataDirective(MetadataDirective.REPLACE));
    }

    @Override
    public void putPreview(String uploadId, String html) {
        s3.putObject(
                r -> r.bucket(bucket).key(UploadsTable.previewKey(uploadId)).contentType("text/html; charset=utf-8"),
                RequestBody.fromString(html, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> previewPage(String uploadId) {
        return read(UploadsTable.previewKey(uploadId), Integer.MAX_VALUE - 8)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public void deletePreview(String uploadId) {
        s3.deleteObject(r -> r.bucket(bucket).key(UploadsTable.previewKey(uploadId)));
    }
}
