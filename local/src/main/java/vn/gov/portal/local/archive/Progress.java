package vn.gov.portal.local.archive;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress: count, rate and ETA, redrawn on one line on a terminal, or a plain line
 * every 5 % (and at least every 10 s) when the output is a file or a pipe.
 */
final class Progress {

    private static final int BAR = 30;
    private final int total;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int done;
    private int published;
    private int rejected;
    private int skipped;
    private long lastPlain = System.nanoTime();
    private int lastPlainCount;

    Progress(int total, PrintStream out, boolean terminal) {
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        out.println("Importing " + total + " article sources...");
    }

    synchronized void done(ArchiveImport.Result result) {
        done++;
        switch (result) {
            case PUBLISHED -> published++;
            case REJECTED -> rejected++;
            case SKIPPED -> skipped++;
        }
        long now = System.nanoTime();
        if (terminal) {
            int filled = total == 0 ? BAR : done * BAR / total;
            out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + line(now) + "   ");
            out.flush();
        } else if (done == total
                || done - lastPlainCount >= Math.max(1, total / 20)
                || now - lastPlain > 10_000_000_000L) {
            out.println(line(now));
            lastPlain = now;
            lastPlainCount = done;
        }
    }

    synchronized void finish() {
        if (terminal) {
            out.println();
        }
    }

    private String line(long now) {
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = done / seconds;
        long eta = rate == 0 ? 0 : Math.round((total - done) / rate);
        return String.format(
                Locale.ROOT,
                "%d/%d  %.1f/min  ETA %s  published %d, rejected %d, skipped %d",
                done,
                total,
                rate * 60,
                eta >= 3600 ? eta / 3600 + "h" + (eta % 3600) / 60 + "m" : eta / 60 + "m" + eta % 60 + "s",
                published,
                rejected,
                skipped);
    }
}
