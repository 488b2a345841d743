package vn.gov.portal.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.gov.portal.common.store.UploadsTable;

/** The uploads bucket (private): drafts' preview pages and the uploaded objects. */
public final class UploadsBucket implements DraftStore {

    private final S3Client s3;
    private final String bucket;

    public UploadsBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<String> previewPage(String uploadId) {
        try (var in = s3.getObject(r -> r.bucket(bucket).key(UploadsTable.previewKey(uploadId)))) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void resend(String key, String contentType) {
        s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket).destinationKey(key)
                .contentType(contentType).metadataDirective(MetadataDirective.REPLACE));
    }

    @Override
    public void deletePreview(String uploadId) {
        s3.deleteObject(r -> r.bucket(bucket).key(UploadsTable.previewKey(uploadId)));
    }
}
