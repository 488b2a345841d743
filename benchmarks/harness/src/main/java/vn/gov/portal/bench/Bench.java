package vn.gov.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Json;
import vn.gov.portal.local.Emulator;
import vn.gov.portal.local.KnownCaptchas;
import vn.gov.portal.local.LocalDeployment;
import vn.gov.portal.local.LocalPortal;
import vn.gov.portal.local.Template;
import vn.gov.portal.ratings.RatingsModule;

/**
 * ./bench: every figure of docs/benchmarks.md, each beside a baseline measured in the same run.
 * Settings (environment): BENCH_REPS (cold starts per variant, 5), BENCH_REQUESTS (warm requests
 * per route, 200), BENCH_MAX_ITEMS (largest date-query table, 100000), BENCH_ARCHIVE_MAX (largest archive
 * beside which a publish is measured, 100000), BENCH_IMPORT (sample articles imported, 1000),
 * BENCH_QUICK=1 (a smoke run), BENCH_ONLY (comma-separated phase names, e.g. "archive scale": only
 * those phases, reported in docs/benchmarks-<emulator>.md instead of docs/benchmarks.md).
 */
public final class Bench {

    private final Path root;
    private final Path work;
    private final boolean quick = "1".equals(System.getenv("BENCH_QUICK"));
    private final int reps = intEnv("BENCH_REPS", quick ? 2 : 5);
    private final int requests = intEnv("BENCH_REQUESTS", quick ? 30 : 200);
    private final int maxItems = intEnv("BENCH_MAX_ITEMS", quick ? 1_000 : 100_000);
    private final long benchStarted = System.nanoTime();
    private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    private final Report report = new Report();
    private final List<String> only = onlyPhases();

    private Emulator emulator;
    private LocalPortal portal;
    private String articleId;
    private String articleDay;
    private String uploadId;
    private KnownCaptchas captchas;
    private final AtomicInteger addresses = new AtomicInteger();

    private Bench(Path root) throws Exception {
        this.root = root;
        this.work = Files.createDirectories(root.resolve("target/bench"));
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Bench bench = new Bench(root);
        try {
            bench.run();
        } catch (Throwable e) {
            e.printStackTrace();
            if (bench.emulator != null) {
                bench.emulator.close(); // halt skips shutdown hooks: stop moto here
            }
            Runtime.getRuntime().halt(1); // the local stack's non-daemon threads would keep the JVM alive
        }
        System.exit(0);
    }

    private void run() throws Exception {
        report.machine = Machine.describe();
        report.settings = String.format(
                "%d cold starts per variant, %d warm requests per route, date query up to %,d items%s",
                reps, requests, maxItems, quick ? " (BENCH_QUICK smoke run: not for comparison)" : "");
        phase("start the local stack", this::startPortal);
        phase("package sizes", this::packageSizes);
        phase("cold starts", this::coldStarts);
        phase("warm latency", this::warmLatency);
        phase("rating throughput", this::ratingThroughput);
        phase("publish throughput", this::publishThroughput);
        phase("date query cost", this::dateQueryCost);
        phase("search query cost", this::searchQueryCost);
        phase("archive scale", this::archiveScale);
        phase("archive import", this::archiveImport);
        portal.close();
        emulator.close();
        report.phases = phaseSeconds;
        report.javaSeconds = (System.nanoTime() - benchStarted) / 1e9;
        Path out = root.resolve(only.isEmpty() ? "docs/benchmarks.md" : "docs/benchmarks-" + emulator.name() + ".md");
        Files.writeString(
                out,
                only.isEmpty() ? report.markdown() : report.partialMarkdown(emulator.name(), only),
                StandardCharsets.UTF_8);
        System.out.printf("Wrote %s (measurements took %.0f s)%n", root.relativize(out), report.javaSeconds);
    }

    private interface Phase {
        void run() throws Exception;
    }

    private void phase(String name, Phase phase) throws Exception {
        if (!only.isEmpty() && !only.contains(name) && !name.equals("start the local stack")) {
            return;
        }
        System.out.println("== " + name);
        long t0 = System.nanoTime();
        phase.run();
        double s = (System.nanoTime() - t0) / 1e9;
        phaseSeconds.put(name, s);
        System.out.printf("   %s: %.1f s%n", name, s);
    }

    // ------------------------------------------------------------------ setup

    private void startPortal() {
        emulator = Emulator.start(root);
        portal = LocalPortal.start(new LocalPortal.Options(root, "127.0.0.1", 0, "bench", emulator, Clock.systemUTC()));
        captchas = new KnownCaptchas(portal.functionEnv("CreateCaptchaFunction"));
        Editor editor = new Editor(portal);
        uploadId = editor.upload(
                "article", "bai-mau.md", "text/markdown", Setup.typicalArticle().getBytes(StandardCharsets.UTF_8));
        Map<String, Object> status = editor.awaitPublished(uploadId);
        articleId = (String) status.get("articleId");
        articleDay = "2019-01-08";
        System.out.println("   published the typical article " + articleId + " (" + status.get("url") + ")");
    }

    /** A new client address for each request of rate-limited routes (limits are per address and minute). */
    private String nextAddress() {
        int n = addresses.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private String rateBody() {
        return Json.write(Map.of("stars", 4, "captchaId", captchas.seed("ACEHJ"), "captchaAnswer", "acehj"));
    }

    // ------------------------------------------------------------------ package sizes

    private void packageSizes() {
        report.zips = Packages.functionZips(root.resolve("target/sam-build"), work);
        report.conventionalZip = Packages.zipJars(Setup.conventionalPackage(root), work.resolve("conventional.zip"));
        report.zips.forEach((f, size) -> System.out.printf("   %-28s %6.2f MiB%n", f, size / 1048576.0));
    }

    // ------------------------------------------------------------------ cold starts

    private void coldStarts() throws Exception {
        Path launcher = Setup.launcherJar(root);
        // the Lambda runtime's own jars: its event serializers and the Joda-Time they load
        List<Path> runtime =
                List.of(Setup.classpathJar("aws-lambda-java-serialization"), Setup.classpathJar("joda-time"));
        List<Path> floorCp = List.of(
                launcher,
                runtime.get(0),
                runtime.get(1),
                Setup.classpathJar("aws-lambda-java-core"),
                Setup.classpathJar("aws-lambda-java-events"));
        List<Path> conventional = Setup.conventionalPackage(root);
        List<ColdStarts.Variant> variants = new ArrayList<>();
        variants.add(new ColdStarts.Variant(
                Report.FLOOR,
                "floor",
                "FloorFunction",
                "vn.gov.portal.bench.floor.FloorStreamHandler",
                floorCp,
                Map.of(),
                () -> Events.of("GET", "/api/health", "/api/health").toJson()));
        variants.add(new ColdStarts.Variant(
                Report.TYPED_FLOOR,
                "floor",
                "FloorFunction",
                "vn.gov.portal.bench.floor.FloorHandler",
                floorCp,
                Map.of(),
                () -> Events.of("GET", "/api/health", "/api/health").toJson()));
        addPair(
                variants,
                "HealthFunction",
                "health",
                conventional,
                launcher,
                runtime,
                "vn.gov.portal.bench.conventional.ConventionalHealthHandler",
                () -> Events.of("GET", "/api/health", "/api/health").toJson());
        addPair(
                variants,
                "ListArticlesFunction",
                "list articles by date",
                conventional,
                launcher,
                runtime,
                "vn.gov.portal.bench.conventional.ConventionalListArticlesHandler",
                () -> Events.of("GET", "/api/articles", "/api/articles")
                        .query("date", articleDay)
                        .toJson());
        addPair(
                variants,
                "RateArticleFunction",
                "rate article",
                conventional,
                launcher,
                runtime,
                "vn.gov.portal.bench.conventional.ConventionalRateArticleHandler",
                () -> Events.of("POST", "/api/articles/{id}/ratings", "/api/articles/" + articleId + "/ratings")
                        .path("id", articleId)
                        .header("x-forwarded-for", nextAddress())
                        .cookie("rid=" + String.format("benchcold%022d", addresses.get()))
                        .json(rateBody())
                        .toJson());
        addOurs(variants, "PublishFunction", launcher, runtime, () -> read(root.resolve("events/publish-sqs.json")));
        addOurs(
                variants,
                "GetArticleFunction",
                launcher,
                runtime,
                () -> Events.of("GET", "/api/articles/{id}", "/api/articles/" + articleId)
                        .path("id", articleId)
                        .toJson());
        addOurs(
                variants,
                "GetRatingsFunction",
                launcher,
                runtime,
                () -> Events.of("GET", "/api/articles/{id}/ratings", "/api/articles/" + articleId + "/ratings")
                        .path("id", articleId)
                        .toJson());
        addOurs(
                variants,
                "CreateCaptchaFunction",
                launcher,
                runtime,
                () -> Events.of("POST", "/api/captchas", "/api/captchas")
                        .header("x-forwarded-for", nextAddress())
                        .toJson());
        addPair(
                variants,
                "ListDirectivesFunction",
                "latest directives",
                conventional,
                launcher,
                runtime,
                "vn.gov.portal.bench.conventional.ConventionalListDirectivesHandler",
                () -> read(root.resolve("events/directive-list-latest.json")));
        addOurs(
                variants,
                "GetUploadFunction",
                launcher,
                runtime,
                () -> Events.of("GET", "/api/uploads/{uploadId}", "/api/uploads/" + uploadId)
                        .path("uploadId", uploadId)
                        .editor()
                        .toJson());
        addOurs(
                variants,
                "CreateUploadFunction",
                launcher,
                runtime,
                () -> Events.of("POST", "/api/uploads", "/api/uploads")
                        .editor()
                        .json(Json.write(Map.of(
                                "kind",
                                "article",
                                "filename",
                                "bai.md",
                                "contentType",
                                "text/markdown",
                                "contentLength",
                                4000)))
                        .toJson());

        // Before and after issue 17, in the same run: the same handlers from their module's whole
        // package (the module's jar and every runtime jar, as functions were laid out before).
        for (String function : List.of(
                "HealthFunction",
                "ListArticlesFunction",
                "RateArticleFunction",
                "PublishFunction",
                "ListDirectivesFunction")) {
            addWhole(variants, function, launcher, runtime);
        }
        // The levers one at a time, on one read route: without the template's JAVA_TOOL_OPTIONS (the
        // runtime's flags for a SnapStart function: default tiered compilation), and typed (the
        // runtime's serializers, as before the handlers became stream handlers).
        ColdStarts.Variant list = variants.stream()
                .filter(v -> v.name().equals("ListArticlesFunction"))
                .findFirst()
                .orElseThrow();
        variants.add(new ColdStarts.Variant(
                list.name() + Report.NO_TOOL_OPTIONS,
                "lever",
                list.function(),
                list.handler(),
                list.classpath(),
                withoutToolOptions(list.env()),
                list.event(),
                list.snapStart(),
                false));
        variants.add(new ColdStarts.Variant(
                list.name() + Report.TYPED,
                "lever",
                list.function(),
                list.handler(),
                list.classpath(),
                list.env(),
                list.event(),
                list.snapStart(),
                true));
        ColdStarts cold = new ColdStarts(work);
        report.coldVariants = variants;
        report.cold = cold.run(variants, reps);
        report.classLoads = new LinkedHashMap<>();
        for (ColdStarts.Variant v : variants) {
            report.classLoads.put(v.name(), cold.classLoads(v));
        }
    }

    private void addPair(
            List<ColdStarts.Variant> variants,
            String function,
            String label,
            List<Path> conventional,
            Path launcher,
            List<Path> runtime,
            String conventionalHandler,
            Supplier<String> event) {
        addOurs(variants, function, launcher, runtime, event);
        List<Path> cp = new ArrayList<>(conventional);
        cp.addAll(runtime);
        cp.add(launcher);
        // the usual way: no SnapStart, no JAVA_TOOL_OPTIONS (the runtime's own C1-only default applies)
        variants.add(new ColdStarts.Variant(
                function + " conventional",
                "conventional",
                function,
                conventionalHandler,
                cp,
                withoutToolOptions(portal.functionEnv(function).values()),
                event));
        report.pairs.put(function, label);
    }

    /** The function's handler run from its module's whole, unshrunk package ("<Function> whole package"). */
    private void addWhole(List<ColdStarts.Variant> variants, String function, Path launcher, List<Path> runtime) {
        ColdStarts.Variant ours = variants.stream()
                .filter(v -> v.name().equals(function))
                .findFirst()
                .orElseThrow();
        List<Path> whole = Setup.modulePackage(
                root,
                portal.deployment()
                        .template()
                        .properties(function)
                        .get("CodeUri")
                        .toString());
        List<Path> cp = new ArrayList<>(whole);
        cp.addAll(runtime);
        cp.add(launcher);
        // as functions ran before: typed through the runtime's serializers, without JAVA_TOOL_OPTIONS
        // (the C1-only flags this bench gave every function then)
        variants.add(new ColdStarts.Variant(
                function + Report.WHOLE,
                "whole",
                function,
                ours.handler(),
                cp,
                withoutToolOptions(ours.env()),
                ours.event(),
                false,
                true));
        report.wholeZips.put(function, Packages.zipJars(whole, work.resolve(function + "-whole.zip")));
        report.leanZips.put(
                function,
                Packages.zipJars(Setup.deploymentPackage(root, function), work.resolve(function + "-lean.zip")));
    }

    private void addOurs(
            List<ColdStarts.Variant> variants,
            String function,
            Path launcher,
            List<Path> runtime,
            Supplier<String> event) {
        List<Path> cp = new ArrayList<>(Setup.deploymentPackage(root, function));
        cp.addAll(runtime);
        cp.add(launcher);
        String handler =
                (String) portal.deployment().template().properties(function).get("Handler");
        variants.add(new ColdStarts.Variant(
                function,
                "ours",
                function,
                handler,
                cp,
                portal.functionEnv(function).values(),
                event,
                snapStart(function),
                false));
    }

    /** SnapStart on the function or in the template's Globals: the runtime then adds no compiler flags. */
    private boolean snapStart(String function) {
        Template template = portal.deployment().template();
        return template.properties(function).get("SnapStart") != null
                || template.functionGlobals().get("SnapStart") != null;
    }

    private static Map<String, String> withoutToolOptions(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>(env);
        out.remove("JAVA_TOOL_OPTIONS");
        return out;
    }

    // ------------------------------------------------------------------ warm latency

    private void warmLatency() {
        WarmLatency warm = new WarmLatency(portal);
        List<WarmLatency.Route> routes = List.of(
                new WarmLatency.Route(
                        "GET /api/health",
                        () -> warm.request("/api/health").GET().build(),
                        200),
                new WarmLatency.Route(
                        "GET /api/articles?date=",
                        () -> warm.request("/api/articles?date=" + articleDay)
                                .GET()
                                .build(),
                        200),
                new WarmLatency.Route(
                        "GET /api/articles/{id}",
                        () -> warm.request("/api/articles/" + articleId).GET().build(),
                        200),
                new WarmLatency.Route(
                        "GET /api/articles/{id}/ratings",
                        () -> warm.request("/api/articles/" + articleId + "/ratings")
                                .GET()
                                .build(),
                        200),
                new WarmLatency.Route(
                        "POST /api/articles/{id}/ratings",
                        () -> {
                            String address = nextAddress();
                            return warm.request("/api/articles/" + articleId + "/ratings")
                                    .header("x-forwarded-for", address)
                                    .header("cookie", "rid=" + String.format("benchwarm%022d", addresses.get()))
                                    .header("content-type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(rateBody()))
                                    .build();
                        },
                        200),
                new WarmLatency.Route(
                        "POST /api/captchas",
                        () -> warm.request("/api/captchas")
                                .header("x-forwarded-for", nextAddress())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        201),
                new WarmLatency.Route(
                        "GET /api/directives?latest=10",
                        () -> warm.request("/api/directives?latest=10").GET().build(),
                        200));
        report.warm = new ArrayList<>();
        for (WarmLatency.Route route : routes) {
            WarmLatency.Result r = warm.measure(route, Math.max(10, requests / 10), requests);
            report.warm.add(r);
            System.out.printf(
                    "   %-34s p50 %6.2f ms  p99 %6.2f ms  emulator %4.0f%%  SDK calls/request %.1f%n",
                    r.route(), r.p50Nanos() / 1e6, r.p99Nanos() / 1e6, r.emulatorShare() * 100, r.sdkCallsPerRequest());
        }
        // the emulator's floor: one GetItem straight from the harness, no gateway, no handler
        List<Long> getItems = new ArrayList<>();
        String table = portal.deployment().physicalName("ArticlesTable");
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            portal.dynamo().getItem(g -> g.tableName(table).key(ArticlesTable.articleKey(articleId)));
            getItems.add(System.nanoTime() - t0);
        }
        report.rawGetItemP50 = Stats.median(getItems);
        report.rawGetItemP99 = Stats.percentile(getItems, 99);
    }

    // ------------------------------------------------------------------ ratings

    private void ratingThroughput() {
        RatingThroughput bench = new RatingThroughput(
                new RatingsModule(portal.functionEnv("RateArticleFunction")).ratings(),
                captchas,
                portal.dynamo(),
                portal.deployment().physicalName("RatingsTable"),
                articleId);
        int perClient = quick ? 1 : 2;
        bench.rawUpdates(1); // warm-up of both paths
        bench.votes(1);
        report.ratingRounds = new ArrayList<>();
        report.rawRounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            RatingThroughput.Round raw = bench.rawUpdates(perClient);
            RatingThroughput.Round votes = bench.votes(perClient);
            report.rawRounds.add(raw);
            report.ratingRounds.add(votes);
            System.out.printf(
                    "   round %d: votes %.1f/s (%d ok, %d refused %s, %.1f SDK calls/vote); raw UpdateItem %.1f/s%n",
                    round + 1,
                    votes.perSecond(),
                    votes.ok(),
                    votes.failed(),
                    votes.refusals(),
                    votes.sdkCallsPerOp(),
                    raw.perSecond());
        }
    }

    // ------------------------------------------------------------------ publish

    private void publishThroughput() throws Exception {
        var options = new OptionsBuilder()
                .include(PublishBench.class.getName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx512m")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        report.jmh = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            report.jmh.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getStatistics().getPercentile(50));
        }
        Editor editor = new Editor(portal);
        byte[] png = Files.readAllBytes(root.resolve("local/samples/hoi-thao.png"));
        int n = quick ? 3 : 10;
        report.publishArticle = new ArrayList<>();
        report.publishImage = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            String id = editor.upload("image", "anh-" + i + ".png", "image/png", png);
            editor.awaitPublished(id);
            report.publishImage.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            id = editor.upload(
                    "article",
                    "bai-" + i + ".md",
                    "text/markdown",
                    Setup.typicalArticle("bai-mau-do-tre-" + i).getBytes(StandardCharsets.UTF_8));
            editor.awaitPublished(id);
            report.publishArticle.add(System.nanoTime() - t0);
        }
        System.out.printf(
                "   end to end: article %.0f ms, image %.0f ms (medians)%n",
                Stats.median(report.publishArticle) / 1e6, Stats.median(report.publishImage) / 1e6);
    }

    /** A second stack beside the portal's, on the same emulator, for the storage-only measurements. */
    private LocalDeployment benchStack(String name) {
        LocalDeployment stack = new LocalDeployment(
                Template.load(root.resolve("template.yaml")),
                name,
                portal.deployment().region(),
                portal.deployment().account());
        stack.deploy(portal.dynamo(), portal.s3(), portal.sqs());
        return stack;
    }

    // ------------------------------------------------------------------ date query

    private void dateQueryCost() {
        LocalDeployment stack = benchStack("benchq");
        var dynamo = Setup.patientDynamo(portal, emulator);
        DateQueryCost cost = new DateQueryCost(dynamo, stack.physicalName("ArticlesTable"));
        cost.loadTheDay();
        report.dateSteps = new ArrayList<>();
        double perItem = 0;
        double budget = intEnv("BENCH_LOAD_BUDGET_S", 240);
        for (int size = 100; size <= maxItems; size *= 10) {
            DateQueryCost.Step step = cost.step(size, perItem, budget, quick ? 5 : 15);
            report.dateSteps.add(step);
            if (step.skipped()) {
                System.out.println("   " + step.note());
                break;
            }
            int previous = size == 100 ? 0 : size / 10;
            perItem = step.loadSeconds() / (size - previous);
            budget -= step.loadSeconds();
            System.out.printf(
                    "   %,7d other articles: loaded in %.1f s; items read %d for %d returned; query p50 %.1f ms, GetItem p50 %.1f ms%n",
                    size,
                    step.loadSeconds(),
                    step.itemsRead(),
                    step.returned(),
                    step.p50Nanos() / 1e6,
                    step.getItemP50Nanos() / 1e6);
        }
    }

    // ------------------------------------------------------------------ search query

    /** 10³, 10⁴, 10⁵ indexed articles, as far as the load budget allows on this emulator. */
    private void searchQueryCost() {
        LocalDeployment stack = benchStack("benchs");
        var dynamo = Setup.patientDynamo(portal, emulator);
        SearchQueryCost cost = new SearchQueryCost(dynamo, stack.physicalName("SearchTable"));
        cost.loadTheMatch();
        report.searchSteps = new ArrayList<>();
        double perArticle = 0;
        double budget = intEnv("BENCH_SEARCH_LOAD_BUDGET_S", 240);
        double lastP50 = 0;
        for (int size = 1_000; size <= maxItems; size *= 10) {
            // moto answers one Query at a time by walking the table: a search's time grows with the table
            double projectedSearch = lastP50 * 10;
            if (projectedSearch > SearchQueryCost.MAX_SEARCH_NANOS) {
                report.searchSteps.add(SearchQueryCost.Step.skipped(
                        size,
                        String.format(
                                "not run: one search would take ≈%.0f s on moto (10× the last size's %.1f s: its Query walks the table), over the SDK call timeout",
                                projectedSearch / 1e9, lastP50 / 1e9)));
                System.out.println("   " + report.searchSteps.getLast().note());
                break;
            }
            SearchQueryCost.Step step = cost.step(size, perArticle, budget, quick ? 5 : 20);
            report.searchSteps.add(step);
            if (step.skipped()) {
                System.out.println("   " + step.note());
                break;
            }
            int previous = size == 1_000 ? 0 : size / 10;
            perArticle = step.loadSeconds() / (size - previous);
            lastP50 = step.p50Nanos();
            budget -= step.loadSeconds();
            System.out.printf(
                    "   %,7d articles: indexed in %.1f s; items read %d for %d returned (first %s); p50 %.1f ms, p99 %.1f ms%n",
                    size,
                    step.loadSeconds(),
                    step.itemsRead(),
                    step.returned(),
                    step.first(),
                    step.p50Nanos() / 1e6,
                    step.p99Nanos() / 1e6);
        }
    }

    // ------------------------------------------------------------------ archive scale and import

    private void archiveScale() {
        int max = intEnv("BENCH_ARCHIVE_MAX", quick ? 10_000 : 100_000);
        List<Integer> sizes = new ArrayList<>(List.of(0, 100, 1_000, 2_000, 10_000, 100_000));
        sizes.removeIf(s -> s > max);
        report.archiveSteps = new ArchiveScale(root, emulator)
                .run(
                        sizes.stream().mapToInt(Integer::intValue).toArray(),
                        quick ? 2 : 3,
                        intEnv("BENCH_LOAD_BUDGET_S", 240));
    }

    private void archiveImport() throws Exception {
        report.archiveImport =
                new ArchiveScale(root, emulator).importSample(intEnv("BENCH_IMPORT", quick ? 100 : 1_000), work);
        System.out.printf(
                "   imported %d of %d sample articles in %.0f s (%.1f/min); rerun skipped %d in %.1f s%n",
                report.archiveImport.published(),
                report.archiveImport.articles(),
                report.archiveImport.seconds(),
                report.archiveImport.perMinute(),
                report.archiveImport.rerunSkipped(),
                report.archiveImport.rerunSeconds());
    }

    // ------------------------------------------------------------------

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> onlyPhases() {
        String v = System.getenv("BENCH_ONLY");
        return v == null || v.isBlank()
                ? List.of()
                : Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    private static int intEnv(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }
}
