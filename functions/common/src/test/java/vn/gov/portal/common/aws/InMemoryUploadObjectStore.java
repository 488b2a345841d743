package vn.gov.portal.common.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.portal.common.store.UploadsTable;

/** The uploads bucket in memory: objects by key, and the objects sent through the pipeline again. */
public final class InMemoryUploadObjectStore implements UploadObjectStore {

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<String> resent = new ArrayList<>();

    @Override
    public String bucket() {
        return "uploads-bucket";
    }

    /** An editor's browser PUT an object. */
    public void put(String key, byte[] bytes) {
        objects.put(key, bytes.clone());
    }

    @Override
    public Optional<byte[]> read(String key, int maxBytes) {
        return Optional.ofNullable(objects.get(key)).map(b -> Arrays.copyOf(b, Math.min(b.length, maxBytes)));
    }

    @Override
    public synchronized void resend(String key, String contentType) {
        resent.add(key + " " + contentType);
    }

    /** "key contentType" of every object copied onto itself, in order. */
    public synchronized List<String> resent() {
        return List.copyOf(resent);
    }

    @Override
    public void putPreview(String uploadId, String html) {
        objects.put(UploadsTable.previewKey(uploadId), html.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> previewPage(String uploadId) {
        return Optional.ofNullable(objects.get(UploadsTable.previewKey(uploadId)))
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Override
    public void deletePreview(String uploadId) {
        objects.remove(UploadsTable.previewKey(uploadId));
    }
}
