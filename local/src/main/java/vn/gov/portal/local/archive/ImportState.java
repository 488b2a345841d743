package vn.gov.portal.local.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an import has published, so a rerun skips it: an append-only file of tab-separated lines
 * (file, content hash, article or upload id, URL), one per publish, flushed as it happens, so
 * Ctrl-C or a crash loses at most the articles in flight (and a rerun republishes those in
 * place). The last line for a file wins.
 */
final class ImportState implements AutoCloseable {

    record Entry(String file, String hash, String articleId, String url) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final BufferedWriter out;

    private ImportState(BufferedWriter out) {
        this.out = out;
    }

    static ImportState open(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        ImportState state = new ImportState(Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) { // a line cut short by a crash is ignored
                state.entries.put(f[0], new Entry(f[0], f[1], f[2], f[3]));
            }
        }
        return state;
    }

    Entry get(String file) {
        return entries.get(file);
    }

    synchronized void put(Entry e) throws IOException {
        entries.put(e.file(), e);
        out.write(String.join("\t", e.file(), e.hash(), e.articleId(), e.url() == null ? "" : e.url()));
        out.newLine();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
