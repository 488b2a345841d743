package vn.gov.portal.bench;

import java.util.List;

/** The archive-scale and import sections of docs/benchmarks.md, and their rows in the targets table. */
final class ArchiveReport {

    private ArchiveReport() {}

    static String targets(Report r) {
        StringBuilder md = new StringBuilder();
        List<ArchiveScale.Step> run = r.archiveSteps.stream()
                .filter(s -> !s.skipped() && s.archive() >= 100)
                .toList();
        if (!run.isEmpty()) {
            boolean same =
                    run.stream().allMatch(s -> s.cost().equals(run.getFirst().cost()));
            md.append(String.format(
                    "| items read and written, objects written per publish the same at every archive size ≥ 10² | %s (read / written / objects) at %s archive articles | %s |\n",
                    String.join(
                            " vs ",
                            run.stream()
                                    .map(s -> s.cost().itemsRead() + "/"
                                            + s.cost().itemsWritten() + "/"
                                            + s.cost().objectsWritten())
                                    .toList()),
                    String.join(
                            " / ",
                            run.stream()
                                    .map(s -> String.format("%,d", s.archive()))
                                    .toList()),
                    same ? "yes" : "**no**"));
        }
        ArchiveScale.Step empty = step(r, 0);
        ArchiveScale.Step two = step(r, 2_000);
        if (empty != null && two != null) {
            double ratio = (double) two.publishP50() / empty.publishP50();
            md.append(String.format(
                    "| publish time after a 2,000-article archive ≤ 3× the empty archive's | %s vs %s = %.2f× | %s |\n",
                    Stats.ms(two.publishP50()), Stats.ms(empty.publishP50()), ratio, ratio <= 3 ? "yes" : "**no**"));
        }
        return md.toString();
    }

    static String sections(Report r) {
        return sections(r, "moto");
    }

    static String sections(Report r, String emulator) {
        StringBuilder md = new StringBuilder();
        if (!r.archiveSteps.isEmpty()) {
            md.append("## Publishing beside a large archive\n\n");
            md.append(
                            "A stack of its own gets an archive bulk-loaded (`BulkArchive`: BatchWriteItem of each article's item and listing\n")
                    .append("copy, spread over 2016–2025); at each size a new article (")
                    .append(ArchiveScale.DAY)
                    .append(", alone in its month, as each month's first article is) is\n")
                    .append(
                            "published through the upload path (POST, PUT, S3 event, SQS, publish function, status polled) and unpublished\n")
                    .append(
                            "again (DELETE, listings included), several times after a warm-up. **Items** are counted by an SDK interceptor\n")
                    .append(
                            "(`StorageCounter`) on every client of the JVM: DynamoDB items returned or scanned in the articles table, items\n")
                    .append(
                            "put, updated or deleted there, and objects put, copied or deleted in the site bucket, from the upload to\n")
                    .append("`published`. Baselines at the same table size: " + emulator
                            + "'s latency for a bounded Query (the day's listing, what a day\n")
                    .append(
                            "archive rebuild reads: one item), for the newest-50 Query of the home page and feed (`L#LATEST`, descending,\n")
                    .append(
                            "`Limit` 50, in the partition that holds a copy of every article), for a GetItem, and for a four-item TransactWriteItems (the shape of a publish's\n")
                    .append("metadata write).\n\n");
            md.append(
                            "| archive articles | load | items read | items written | objects written | publish p50 | vs empty | unpublish p50 | bounded Query p50 ("
                                    + emulator + ") | newest-50 Query p50 | GetItem p50 | 4-item transaction p50 ("
                                    + emulator + ") |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            ArchiveScale.Step empty = step(r, 0);
            for (ArchiveScale.Step s : r.archiveSteps) {
                if (s.skipped()) {
                    md.append(String.format("| %,d | | | | | | | | | | | %s |\n", s.archive(), s.note()));
                    continue;
                }
                md.append(String.format(
                        "| %,d | %.1f s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |\n",
                        s.archive(),
                        s.loadSeconds(),
                        s.cost().itemsRead(),
                        s.cost().itemsWritten(),
                        s.cost().objectsWritten(),
                        Stats.ms(s.publishP50()),
                        empty == null ? "" : Stats.ratio(s.publishP50(), empty.publishP50()),
                        Stats.ms(s.unpublishP50()),
                        Stats.ms(s.boundedQueryP50()),
                        Stats.ms(s.latestQueryP50()),
                        Stats.ms(s.getItemP50()),
                        s.transactionP50() == 0 ? "" : Stats.ms(s.transactionP50())));
            }
            md.append(
                            "\nItems read below 10² are fewer only because the home page and feed read the newest 50 and the archive has\n")
                    .append(
                            "fewer. From there on the work is fixed: the month, the newest 50 and one record per month, each read twice\n")
                    .append("(rebuild, then check; see docs/articles.md).");
            if (emulator.equals("moto")) {
                md.append(" Publish time still grows on moto because moto evaluates\n")
                        .append(
                                "every Query by walking the table in Python, and copies the whole table (`copy.deepcopy`) once per item of\n")
                        .append(
                                "every TransactWriteItems before applying it: compare the bounded Query and transaction columns, which touch\n")
                        .append(
                                "one and four items and slow the same way. On DynamoDB a Query costs what it returns and a transaction what\n")
                        .append(
                                "it writes. The same measurement on MiniStack, whose Query and transactions do not walk the table:\n")
                        .append(
                                "[benchmarks-ministack.md](benchmarks-ministack.md) (`TEST_BACKEND=ministack BENCH_ONLY=\"archive scale\" ./bench`).\n\n");
            } else {
                List<ArchiveScale.Step> measured =
                        r.archiveSteps.stream().filter(s -> !s.skipped()).toList();
                ArchiveScale.Step first = measured.getFirst();
                ArchiveScale.Step last = measured.getLast();
                md.append(String.format(
                        " On %s the bounded Query, GetItem and transaction stay flat; the\n"
                                + "newest-50 Query does not: %s with %,d archive articles, %s with %,d. The emulator evaluates a `Limit`-ed Query by\n"
                                + "reading the whole partition (`L#LATEST` holds a copy of every article) and cutting the result; DynamoDB\n"
                                + "reads a partition in key order and stops at the limit, so the Query costs the 50 items it returns, which is\n"
                                + "what the items-read column counts. A publish reads it twice (home and feed, rebuild then check): that is the\n"
                                + "publish time's growth past 10⁴ here, an emulator cost, not one of the design.\n\n",
                        emulator,
                        Stats.ms(first.latestQueryP50()),
                        first.archive(),
                        Stats.ms(last.latestQueryP50()),
                        last.archive()));
            }
        }
        ArchiveScale.Import imp = r.archiveImport;
        if (imp != null) {
            ArchiveScale.Step empty = step(r, 0);
            md.append("## Archive import\n\n");
            md.append(String.format(
                    "`./scripts/import-archive` (4 in flight) on a fresh stack: %d sample articles from `SampleArchive` (2016–2025,\n"
                            + "four categories, a quarter with an image, every tenth the weekly \"Lịch công tác tuần của Lãnh đạo Bộ\", every tenth\n"
                            + "the monthly \"Lịch tiếp công dân định kỳ\"), each through the upload path and awaited.\n\n",
                    imp.articles()));
            md.append("| | |\n|---|---|\n");
            md.append(String.format(
                    "| published / rejected | %d / %d of %d (the rest not done: see the log) |\n",
                    imp.published(), imp.rejected(), imp.articles()));
            md.append(String.format("| time | %.0f s: **%.1f articles/min** |\n", imp.seconds(), imp.perMinute()));
            if (empty != null) {
                double single = 60e9 / empty.publishP50();
                md.append(String.format(
                        "| baseline: one publish at a time (the empty-archive publish p50, %s) | %.1f articles/min; import %.2f× |\n",
                        Stats.ms(empty.publishP50()), single, imp.perMinute() / single));
            }
            md.append(String.format(
                    "| rerun (everything published unchanged) | %d skipped in %.1f s |\n\n",
                    imp.rerunSkipped(), imp.rerunSeconds()));
        }
        return md.toString();
    }

    private static ArchiveScale.Step step(Report r, int size) {
        return r.archiveSteps.stream()
                .filter(s -> s.archive() == size && !s.skipped())
                .findFirst()
                .orElse(null);
    }
}
