package vn.gov.portal.common.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The site's files in memory by site path (checked like {@link SiteBucket}), with every write and delete in order. */
public final class InMemorySiteStore implements SiteStore {

    /** A stored file: its bytes and the headers it is served with. */
    public record File(byte[] bytes, String contentType, String cacheControl, String contentDisposition) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, File> files = new TreeMap<>();
    private final List<String> changes = new ArrayList<>();

    @Override
    public synchronized void putText(String path, String text, String contentType, String cacheControl) {
        putBytes(path, text.getBytes(StandardCharsets.UTF_8), contentType, cacheControl);
    }

    @Override
    public synchronized void putBytes(String path, byte[] bytes, String contentType, String cacheControl) {
        files.put(checked(path), new File(bytes.clone(), contentType, cacheControl, null));
        changes.add("put " + path);
    }

    @Override
    public synchronized void copyFrom(
            String sourceBucket,
            String sourceKey,
            String path,
            String contentType,
            String cacheControl,
            String contentDisposition) {
        files.put(
                checked(path),
                new File(
                        (sourceBucket + "/" + sourceKey).getBytes(StandardCharsets.UTF_8),
                        contentType,
                        cacheControl,
                        contentDisposition));
        changes.add("copy " + path);
    }

    @Override
    public synchronized void delete(String path) {
        files.remove(checked(path));
        changes.add("delete " + path);
    }

    @Override
    public synchronized boolean exists(String path) {
        return files.containsKey(checked(path));
    }

    public synchronized Optional<File> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The text of a file that must be there. */
    public synchronized String text(String path) {
        return file(path)
                .orElseThrow(() -> new AssertionError("no file " + path + " among " + files.keySet()))
                .text();
    }

    /** Every path held, sorted. */
    public synchronized List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** "put /path", "copy /path" or "delete /path" for every change so far, in order. */
    public synchronized List<String> changes() {
        return List.copyOf(changes);
    }

    /** Forgets the changes so far (the files stay). */
    public synchronized void clearChanges() {
        changes.clear();
    }

    private static String checked(String path) {
        SiteBucket.key(path); // the same refusal of "..", "//" and relative paths
        return path;
    }
}
