package vn.gov.portal.uploads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.portal.common.store.UploadsTable;

/** The uploads bucket in memory: preview pages by upload, and the objects sent through the pipeline again. */
final class InMemoryDraftStore implements DraftStore {

    private final Map<String, String> previews = new ConcurrentHashMap<>();
    /** "key contentType" of every object copied onto itself, in order. */
    final List<String> resent = new ArrayList<>();

    /** The publish function rendered a draft's preview page. */
    void putPreview(String uploadId, String html) {
        previews.put(UploadsTable.previewKey(uploadId), html);
    }

    @Override
    public Optional<String> previewPage(String uploadId) {
        return Optional.ofNullable(previews.get(UploadsTable.previewKey(uploadId)));
    }

    @Override
    public synchronized void resend(String key, String contentType) {
        resent.add(key + " " + contentType);
    }

    @Override
    public void deletePreview(String uploadId) {
        previews.remove(UploadsTable.previewKey(uploadId));
    }
}
