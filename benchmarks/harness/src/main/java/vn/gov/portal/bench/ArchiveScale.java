package vn.gov.portal.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.local.BulkArchive;
import vn.gov.portal.local.Emulator;
import vn.gov.portal.local.LocalPortal;
import vn.gov.portal.local.StorageCounter;
import vn.gov.portal.local.archive.ArchiveImport;
import vn.gov.portal.local.archive.SampleArchive;

/**
 * What a publish costs beside a growing archive, and how fast an archive imports. A stack of
 * its own gets archives of 10², 10³, 10⁴, 10⁵ articles bulk-loaded (BatchWriteItem, 2016–2025);
 * at each size a new article (June 2026, alone in its month, as each month's first article is)
 * is published through the upload path and unpublished again, several times: items read and
 * written in the articles table and objects written to the site bucket ({@link StorageCounter})
 * and the end-to-end publish time. Beside it, at the same table size, moto's latency for a
 * bounded Query (one day's listing, the read a day archive rebuild makes) and for a GetItem.
 */
final class ArchiveScale {

    static final String DAY = "2026-06-15";

    record Step(
            int archive,
            double loadSeconds,
            StorageCounter.Cost cost,
            long publishP50,
            long unpublishP50,
            long boundedQueryP50,
            long latestQueryP50,
            long getItemP50,
            long transactionP50,
            String note) {
        static Step skipped(int archive, double loadSeconds, String note) {
            return new Step(archive, loadSeconds, null, 0, 0, 0, 0, 0, 0, note);
        }

        boolean skipped() {
            return note != null;
        }
    }

    record Import(
            int articles,
            double seconds,
            long published,
            long rejected,
            long skipped,
            double rerunSeconds,
            long rerunSkipped) {
        double perMinute() {
            return published * 60 / seconds;
        }
    }

    private final Path root;
    private final Emulator emulator;

    ArchiveScale(Path root, Emulator emulator) {
        this.root = root;
        this.emulator = emulator;
    }

    /** Each size in turn (the archive grows to it); a size whose load would overrun the budget is skipped. */
    List<Step> run(int[] sizes, int publishes, double loadBudgetSeconds) {
        List<Step> steps = new ArrayList<>();
        try (LocalPortal portal = LocalPortal.start(
                new LocalPortal.Options(root, "127.0.0.1", 0, "bencha", emulator, Clock.systemUTC()))) {
            String table = portal.deployment().physicalName("ArticlesTable");
            String bucket = portal.deployment().physicalName("SiteBucket");
            DynamoDbClient dynamo = Setup.patientDynamo(portal, emulator);
            ArticlesTable articles = new ArticlesTable(dynamo, table);
            Editor editor = new Editor(portal);
            int loaded = 0;
            double perItem = 0;
            int round = 0;
            for (int size : sizes) {
                double estimate = perItem * (size - loaded);
                if (estimate > loadBudgetSeconds) {
                    steps.add(Step.skipped(
                            size,
                            0,
                            String.format(
                                    "skipped: loading %,d more articles would take about %.0f s, over the BENCH_LOAD_BUDGET_S left (%.0f s)",
                                    size - loaded, estimate, loadBudgetSeconds)));
                    break;
                }
                long t0 = System.nanoTime();
                BulkArchive.load(
                        dynamo,
                        articles,
                        BulkArchive.synthetic(size - loaded, YearMonth.of(2016, 1), YearMonth.of(2025, 12), size));
                double load = (System.nanoTime() - t0) / 1e9;
                if (size > loaded) {
                    perItem = load / (size - loaded);
                }
                loadBudgetSeconds -= load;
                loaded = size;
                List<Long> publish = new ArrayList<>();
                List<Long> unpublish = new ArrayList<>();
                List<StorageCounter.Cost> costs = new ArrayList<>();
                try {
                    round = measure(editor, publishes, table, bucket, round, publish, unpublish, costs);
                } catch (
                        RuntimeException
                                e) { // e.g. moto past the functions' 20 s call timeout: say so, keep the other figures
                    steps.add(Step.skipped(size, load, "publish failed on the emulator: " + e.getMessage()));
                    System.out.println("   " + size + " archive articles: publish failed: " + e.getMessage());
                    break;
                }
                List<Long> query = new ArrayList<>();
                List<Long> latest = new ArrayList<>();
                List<Long> get = new ArrayList<>();
                List<Long> transaction = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long q0 = System.nanoTime();
                    articles.listedOn(LocalDate.parse(DAY));
                    query.add(System.nanoTime() - q0);
                    long l0 = System.nanoTime();
                    articles.latestListed(50);
                    latest.add(System.nanoTime() - l0);
                    long g0 = System.nanoTime();
                    dynamo.getItem(g -> g.tableName(table)
                            .key(Map.of("pk", AttributeValue.fromS("MONTHS"), "sk", AttributeValue.fromS("MONTHS"))));
                    get.add(System.nanoTime() - g0);
                    transaction.add(transactionNanos(dynamo, table));
                }
                Step step = new Step(
                        size,
                        load,
                        costs.getLast(),
                        (long) Stats.median(publish),
                        (long) Stats.median(unpublish),
                        (long) Stats.median(query),
                        (long) Stats.median(latest),
                        (long) Stats.median(get),
                        (long) Stats.median(transaction),
                        null);
                if (costs.stream().distinct().count() > 1) {
                    System.out.println("   note: costs differed between publishes at one size: " + costs);
                }
                steps.add(step);
                System.out.printf(
                        "   %,7d archive articles (loaded in %.1f s): publish %s read %d / wrote %d items, %d objects;"
                                + " publish p50 %.0f ms, unpublish p50 %.0f ms; bounded Query p50 %.1f ms, newest-50 Query p50 %.1f ms, GetItem p50 %.1f ms%n",
                        size,
                        load,
                        "",
                        step.cost().itemsRead(),
                        step.cost().itemsWritten(),
                        step.cost().objectsWritten(),
                        step.publishP50() / 1e6,
                        step.unpublishP50() / 1e6,
                        step.boundedQueryP50() / 1e6,
                        step.latestQueryP50() / 1e6,
                        step.getItemP50() / 1e6);
            }
        }
        return steps;
    }

    /** Publishes and unpublishes {@code publishes} articles after a warm-up, adding their times and costs; returns the last round. */
    private static int measure(
            Editor editor,
            int publishes,
            String table,
            String bucket,
            int round,
            List<Long> publish,
            List<Long> unpublish,
            List<StorageCounter.Cost> costs) {
        for (int i = 0; i < publishes + 1; i++) { // the first is a warm-up at this size
            String slug = "bai-do-quy-mo-" + (++round);
            String source = "---\ntitle: Bài đo quy mô " + round + "\nslug: " + slug + "\npublishedAt: " + DAY
                    + "T09:00:00+07:00\nsummary: Đo chi phí đăng bài.\n---\n"
                    + Setup.typicalArticle().split("\n---\n", 2)[1];
            StorageCounter.Snapshot before = StorageCounter.snapshot(table, bucket);
            long p0 = System.nanoTime();
            Map<String, Object> status = editor.awaitPublished(
                    editor.upload("article", slug + ".md", "text/markdown", source.getBytes(StandardCharsets.UTF_8)),
                    Duration.ofMinutes(10));
            long took = System.nanoTime() - p0;
            StorageCounter.Cost cost = before.since();
            long d0 = System.nanoTime();
            editor.unpublish((String) status.get("articleId"));
            long unpublished = System.nanoTime() - d0;
            if (i > 0) {
                publish.add(took);
                unpublish.add(unpublished);
                costs.add(cost);
            }
        }
        return round;
    }

    /**
     * A four-item TransactWriteItems on keys no listing reads (the shape of a publish's metadata
     * write): moto copies the whole table for each item of a transaction, so this grows with the
     * table on moto and not on DynamoDB.
     */
    static long transactionNanos(DynamoDbClient dynamo, String table) {
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, AttributeValue> item =
                    Map.of("pk", AttributeValue.fromS("BENCH#" + i), "sk", AttributeValue.fromS("T"));
            items.add(TransactWriteItem.builder()
                    .put(p -> p.tableName(table).item(item))
                    .build());
        }
        long t0 = System.nanoTime();
        dynamo.transactWriteItems(t -> t.transactItems(items));
        return System.nanoTime() - t0;
    }

    /** Generates a sample archive of {@code count} articles and imports it into a fresh stack, then once more (all skipped). */
    Import importSample(int count, Path work) throws Exception {
        Path dir = work.resolve("sample-archive");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        SampleArchive.write(dir, count, 1);
        try (LocalPortal portal = LocalPortal.start(
                new LocalPortal.Options(root, "127.0.0.1", 0, "benchi", emulator, Clock.systemUTC()))) {
            String token = portal.jwt().editorToken(Duration.ofHours(2));
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ArchiveImport.Report first =
                    new ArchiveImport(new ArchiveImport.Options(dir, portal.baseUrl(), token, 4, out, false)).run();
            ArchiveImport.Report again =
                    new ArchiveImport(new ArchiveImport.Options(dir, portal.baseUrl(), token, 4, out, false)).run();
            return new Import(
                    count,
                    first.took().toMillis() / 1000.0,
                    first.count(ArchiveImport.Result.PUBLISHED),
                    first.count(ArchiveImport.Result.REJECTED),
                    first.count(ArchiveImport.Result.SKIPPED),
                    again.took().toMillis() / 1000.0,
                    again.count(ArchiveImport.Result.SKIPPED));
        }
    }
}
