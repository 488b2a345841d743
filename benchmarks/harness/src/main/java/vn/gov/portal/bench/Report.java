package vn.gov.portal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** docs/benchmarks.md: every figure with its same-run baseline, the targets, and what blocks them. */
final class Report {

    static final double MIB = 1048576.0;
    static final long BUDGET = 4L * 1024 * 1024;

    Machine machine;
    String settings;
    Map<String, Double> phases;
    double javaSeconds;
    Map<String, Long> zips = new LinkedHashMap<>();
    long conventionalZip;
    List<ColdStarts.Variant> coldVariants = new ArrayList<>();
    Map<String, List<ColdStarts.Sample>> cold = new LinkedHashMap<>();
    Map<String, ColdStarts.ClassLoads> classLoads = new LinkedHashMap<>();
    Map<String, String> pairs = new LinkedHashMap<>();
    /** Issue 17's before and after: the module's whole package and the function's shrunk one. */
    static final String WHOLE = " whole package";
    /** The least a Java function costs: a trivial stream handler (no event serializers). */
    static final String FLOOR = "floor (trivial stream handler)";
    /** A trivial typed handler: the floor plus the runtime's event serializers. */
    static final String TYPED_FLOOR = "floor (trivial typed handler)";
    /** Levers measured alone on one route. */
    static final String NO_TOOL_OPTIONS = " without JAVA_TOOL_OPTIONS";

    static final String TYPED = " typed (runtime serializers)";
    Map<String, Long> wholeZips = new LinkedHashMap<>();
    Map<String, Long> leanZips = new LinkedHashMap<>();
    List<WarmLatency.Result> warm = new ArrayList<>();
    double rawGetItemP50;
    double rawGetItemP99;
    List<RatingThroughput.Round> ratingRounds = new ArrayList<>();
    List<RatingThroughput.Round> rawRounds = new ArrayList<>();
    Map<String, Double> jmh = new LinkedHashMap<>();
    List<Long> publishArticle = new ArrayList<>();
    List<Long> publishImage = new ArrayList<>();
    List<DateQueryCost.Step> dateSteps = new ArrayList<>();
    List<SearchQueryCost.Step> searchSteps = new ArrayList<>();
    List<ArchiveScale.Step> archiveSteps = new ArrayList<>();
    ArchiveScale.Import archiveImport;

    double wall(String variant) {
        return Stats.median(
                cold.get(variant).stream().map(ColdStarts.Sample::wallNanos).toList());
    }

    double init(String variant) {
        return Stats.median(
                cold.get(variant).stream().map(ColdStarts.Sample::initNanos).toList());
    }

    double invoke(String variant) {
        return Stats.median(
                cold.get(variant).stream().map(ColdStarts.Sample::invokeNanos).toList());
    }

    /** The process's CPU time until it answered (every thread): what the wall would be on idle cores, near enough. */
    double cpu(String variant) {
        return Stats.median(
                cold.get(variant).stream().map(ColdStarts.Sample::cpuNanos).toList());
    }

    double votesPerSecond() {
        return Stats.median(
                ratingRounds.stream().map(RatingThroughput.Round::perSecond).toList());
    }

    double rawPerSecond() {
        return Stats.median(
                rawRounds.stream().map(RatingThroughput.Round::perSecond).toList());
    }

    /** Only the phases of a BENCH_ONLY run (archive scale and import today), on the emulator named. */
    String partialMarkdown(String emulator, List<String> only) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks on ")
                .append(emulator)
                .append(" (")
                .append(String.join(", ", only))
                .append(")\n\n");
        md.append("Written by `TEST_BACKEND=")
                .append(emulator)
                .append(" BENCH_ONLY=\"")
                .append(String.join(",", only))
                .append("\" ./bench`; do not edit by hand, run it again. The full report, on moto, is\n")
                .append(
                        "[benchmarks.md](benchmarks.md); this one measures the same phases on the other emulator, whose Query and\n")
                .append("transactions do not walk the table.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(machine.date()).append(" |\n");
        md.append("| machine | ")
                .append(machine.cores())
                .append(" cores, ")
                .append(machine.memory())
                .append(", ")
                .append(machine.cpu())
                .append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| emulator | ").append(emulator).append(" on loopback |\n");
        md.append(String.format("| duration | measurements %.0f s |\n\n", javaSeconds));
        md.append("## Targets\n\n| target | measured (baseline of the same run) | met |\n|---|---|---|\n");
        if (!cold.isEmpty()) {
            coldTargets(md);
        }
        md.append(ArchiveReport.targets(this)).append("\n");
        if (!cold.isEmpty()) {
            leanPackages(md);
            coldStarts(md);
        }
        md.append(ArchiveReport.sections(this, emulator));
        return md.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(
                        "Written by `./bench` (code in `benchmarks/`); do not edit by hand, run it again. Every figure is the median of\n")
                .append(
                        "repeated measurements, beside a baseline measured **in the same run on the same machine**: on a noisy\n")
                .append("2-core machine only the ratios are comparable between runs, not the absolute times.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(machine.date()).append(" |\n");
        md.append("| machine | ")
                .append(machine.cores())
                .append(" cores, ")
                .append(machine.memory())
                .append(", ")
                .append(machine.cpu())
                .append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append(
                "| emulator | moto (from `.venv`, one request at a time: `local/moto_serial_server.py`) on loopback |\n");
        md.append("| settings | ").append(settings).append(" |\n");
        String build = System.getenv("BENCH_BUILD_SECONDS");
        md.append("| duration | ")
                .append(build == null ? "" : "build " + build + " s + ")
                .append(String.format("measurements %.0f s (", javaSeconds));
        List<String> ps = new ArrayList<>();
        phases.forEach((k, v) -> ps.add(String.format("%s %.0f s", k, v)));
        md.append(String.join(", ", ps)).append(") |\n\n");

        // ---------------------------------------------------------------- targets
        md.append("## Targets\n\n| target | measured (baseline of the same run) | met |\n|---|---|---|\n");
        long largest = zips.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long over = zips.values().stream().filter(s -> s > BUDGET).count();
        md.append(String.format(
                "| every deployment zip ≤ 4 MiB | largest %.2f MiB; %d of %d functions over (conventional one-package baseline %.2f MiB) | %s |\n",
                largest / MIB, over, zips.size(), conventionalZip / MIB, over == 0 ? "yes" : "**no**"));
        coldTargets(md);
        List<DateQueryCost.Step> run =
                dateSteps.stream().filter(s -> !s.skipped()).toList();
        boolean constant = !run.isEmpty()
                && run.stream().allMatch(s -> s.itemsRead() == run.getFirst().itemsRead());
        md.append(String.format(
                "| date query items read constant in table size | %s items read with %s other articles | %s |\n",
                String.join(
                        " / ",
                        run.stream().map(s -> Integer.toString(s.itemsRead())).toList()),
                String.join(
                        " / ",
                        run.stream()
                                .map(s -> String.format("%,d", s.otherArticles()))
                                .toList()),
                constant ? "yes" : "**no**"));
        List<SearchQueryCost.Step> searched =
                searchSteps.stream().filter(s -> !s.skipped()).toList();
        boolean searchConstant = searched.size() > 1
                && searched.stream()
                        .allMatch(s -> s.itemsRead() == searched.getFirst().itemsRead());
        md.append(String.format(
                "| search query items read constant in index size | %s items read with %s indexed articles | %s |\n",
                String.join(
                        " / ",
                        searched.stream()
                                .map(s -> Integer.toString(s.itemsRead()))
                                .toList()),
                String.join(
                        " / ",
                        searched.stream()
                                .map(s -> String.format("%,d", s.articles()))
                                .toList()),
                searchConstant ? "yes" : "**no**"));
        md.append(ArchiveReport.targets(this));
        double ratingRatio = votesPerSecond() / rawPerSecond();
        md.append(String.format(
                "| rating throughput ≥ ½ of raw UpdateItem (32 clients) | %.1f votes/s vs %.1f UpdateItem/s = %.2f× | %s |\n\n",
                votesPerSecond(), rawPerSecond(), ratingRatio, ratingRatio >= 0.5 ? "yes" : "**no**"));

        // ---------------------------------------------------------------- cold starts
        leanPackages(md);
        coldStarts(md);

        // ---------------------------------------------------------------- warm
        md.append("## Warm latency through the local stack\n\n");
        md.append(
                        "In-process `LocalPortal` (loopback HTTP → gateway → handler built once → moto), one request at a time after a\n")
                .append("warm-up, p50 and p99 over ")
                .append(warm.isEmpty() ? 0 : warm.getFirst().requests())
                .append(" requests per route. ")
                .append("**Emulator share**: an SDK `ExecutionInterceptor`\n")
                .append(
                        "registered globally on the harness's classpath only (`software/amazon/awssdk/global/handlers/execution.interceptors`,\n")
                .append(
                        "no function code touched) adds up, per thread, the time from handing each SDK request to the HTTP client to\n")
                .append(
                        "getting its response (moto's work plus loopback); the SQS poller's threads are left out. The share is that sum\n")
                .append(
                        "over the sum of request latencies; the rest is our code, the local gateway and the HTTP client. Baselines: the\n")
                .append(
                        "health route (gateway + HTTP, no storage) and one raw `GetItem` from the harness to moto.\n\n");
        md.append(
                "| route | p50 | p99 | SDK calls / request | emulator share | emulator p50 | ours + gateway p50 (p50 − emulator p50) | p50 vs health |\n|---|---|---|---|---|---|---|---|\n");
        double health = warm.isEmpty() ? 1 : warm.getFirst().p50Nanos();
        for (WarmLatency.Result r : warm) {
            md.append(String.format(
                    "| %s | %s | %s | %.1f | %.0f%% | %s | %s | %s |\n",
                    r.route(),
                    Stats.ms(r.p50Nanos()),
                    Stats.ms(r.p99Nanos()),
                    r.sdkCallsPerRequest(),
                    r.emulatorShare() * 100,
                    Stats.ms(r.emulatorP50Nanos()),
                    Stats.ms(r.p50Nanos() - r.emulatorP50Nanos()),
                    Stats.ratio(r.p50Nanos(), health)));
        }
        md.append(String.format(
                "| raw GetItem, harness → moto (baseline) | %s | %s | 1 | 100%% | | | %s |\n\n",
                Stats.ms(rawGetItemP50), Stats.ms(rawGetItemP99), Stats.ratio(rawGetItemP50, health)));

        // ---------------------------------------------------------------- packages
        md.append("## Deployment package sizes\n\n");
        md.append(
                        "Each function's `target/sam-build/<Function>` zipped as `scripts/template-gates` zips it (deflate; the jars\n")
                .append(
                        "inside are already compressed, so the zip is about the sum of the jars). Budget 4 MiB (read routes 3 MiB, health 1 MiB: the gates in scripts/template-gates). Baseline: the\n")
                .append(
                        "conventional one-package build of `benchmarks/conventional`.\n\n| function | zip | vs 4 MiB |\n|---|---|---|\n");
        zips.forEach((f, s) -> md.append(String.format(
                "| %s | %.2f MiB | %.0f%%%s |\n", f, s / MIB, 100.0 * s / BUDGET, s > BUDGET ? " **over**" : "")));
        md.append(String.format(
                "| conventional baseline (3 routes, one package) | %.2f MiB | %.0f%% |\n\n",
                conventionalZip / MIB, 100.0 * conventionalZip / BUDGET));

        // ---------------------------------------------------------------- date query
        md.append("## Date query cost\n\n");
        md.append(String.format(
                        "One Vietnam day (%s, %d articles on it) queried with `ArticlesTable.between` while more and more articles\n",
                        DateQueryCost.DAY, DateQueryCost.ON_THE_DAY))
                .append(
                        "are stored on other days (¾ in the same month partition, ¼ in the neighbouring months, as `DateQueryCostTest`\n")
                .append(
                        "spreads them), bulk-loaded with `BatchWriteItem` (25 items a call) from one thread: moto answers one request\n")
                .append(
                        "at a time, so parallel loaders do not help. **Items read** is `Page.itemsRead` (DynamoDB's `ScannedCount`,\n")
                .append(
                        "what a Query is billed for). Baselines: the 10² row, and a `GetItem` of one article at the same table size.\n\n");
        md.append(
                "| other articles | load time | items read | returned | query p50 | query vs 10² | GetItem p50 (baseline) |\n|---|---|---|---|---|---|---|\n");
        double first = run.isEmpty() ? 1 : run.getFirst().p50Nanos();
        for (DateQueryCost.Step s : dateSteps) {
            if (s.skipped()) {
                md.append(String.format("| %,d | | | | | | %s |\n", s.otherArticles(), s.note()));
            } else {
                md.append(String.format(
                        "| %,d | %.1f s (%.2f ms/item) | %d | %d | %s | %s | %s |\n",
                        s.otherArticles(),
                        s.loadSeconds(),
                        s.loadSeconds()
                                * 1000
                                / Math.max(
                                        1, s.otherArticles() - (s.otherArticles() == 100 ? 0 : s.otherArticles() / 10)),
                        s.itemsRead(),
                        s.returned(),
                        Stats.ms(s.p50Nanos()),
                        Stats.ratio(s.p50Nanos(), first),
                        Stats.ms(s.getItemP50Nanos())));
            }
        }
        md.append(
                        "\nThe items read stay those of the day: the key condition bounds the Query. The query's latency growing with\n")
                .append(
                        "the table is moto's doing, not DynamoDB's: moto evaluates a Query on an index by walking every item of the\n")
                .append("table in Python (compare the GetItem column, which stays flat).\n\n");

        // ---------------------------------------------------------------- search query
        md.append("## Search query cost\n\n");
        md.append(String.format(
                        "`SearchService.search(\"%s\")` (kind all, page of 10) over `SearchTable` while more and more\n",
                        SearchQueryCost.QUERY))
                .append(
                        "articles titled \"Bảo hiểm\" are indexed (bulk-loaded as the indexer writes them, `SearchTable.newItems`), plus the one\n")
                .append(
                        "article that also says \"nông nghiệp\", which must come first. **Items read** is what the query read: postings of its\n")
                .append(
                        "7 terms (words and adjacent pairs, each capped at the best 100) and the page's document items. Baseline: one raw\n")
                .append("`Query` of one posting list (Limit 100) at the same index size. See docs/search.md.\n\n");
        md.append(
                "| indexed articles | index load | items read | returned | first | query p50 | query p99 (samples) | p50 vs 10³ | raw Query p50 (baseline) |\n|---|---|---|---|---|---|---|---|---|\n");
        double firstSearch = searched.isEmpty() ? 1 : searched.getFirst().p50Nanos();
        for (SearchQueryCost.Step s : searchSteps) {
            if (s.skipped()) {
                md.append(String.format("| %,d | | | | | | | | %s |\n", s.articles(), s.note()));
            } else {
                md.append(String.format(
                        "| %,d | %.1f s | %d | %d | %s | %s | %s (%d) | %s | %s |\n",
                        s.articles(),
                        s.loadSeconds(),
                        s.itemsRead(),
                        s.returned(),
                        s.first(),
                        Stats.ms(s.p50Nanos()),
                        Stats.ms(s.p99Nanos()),
                        s.samples(),
                        Stats.ratio(s.p50Nanos(), firstSearch),
                        Stats.ms(s.rawQueryP50Nanos())));
            }
        }
        md.append(
                        "\nItems read are the same at every size: the query reads each term's best 100 postings, never the whole list.\n")
                .append(
                        "Latency growing with the table is moto's doing (the raw Query baseline grows alike): moto answers a Query by\n")
                .append(
                        "walking the table's items in Python and one request at a time, so the 14 Query calls of one search, sent in\n")
                .append(
                        "parallel, queue up; on DynamoDB a Query costs what it reads. A size the load budget skips is covered for items\n")
                .append("read by `QueryCostTest` (10³ and 10⁵ in memory, 305 items each).\n\n");

        // ---------------------------------------------------------------- ratings
        md.append("## Rating throughput on one article\n\n");
        md.append(
                        "32 concurrent clients on one article through `RatingService.rate` (the rate route's domain code, with the\n")
                .append(
                        "same module wiring as the function), each vote with its own seeded captcha (`KnownCaptchas.seed`), address and\n")
                .append(
                        "reader token; versus 32 threads sending raw `UpdateItem ADD n :one` to one item, the same number of\n")
                .append("operations, on the same moto, alternating, 3 rounds each (median).\n\n");
        md.append(
                "| | per second (median of 3) | rounds | refused | SDK calls per operation |\n|---|---|---|---|---|\n");
        md.append(String.format(
                "| votes (RatingService) | %.1f | %s | %d | %.1f |\n",
                votesPerSecond(),
                String.join(
                        " / ",
                        ratingRounds.stream()
                                .map(r -> String.format("%.1f", r.perSecond()))
                                .toList()),
                ratingRounds.stream().mapToInt(RatingThroughput.Round::failed).sum(),
                Stats.median(ratingRounds.stream()
                        .map(RatingThroughput.Round::sdkCallsPerOp)
                        .toList())));
        Map<String, Integer> refused = new TreeMap<>();
        ratingRounds.forEach(round -> round.refusals().forEach((k, v) -> refused.merge(k, v, Integer::sum)));
        md.append(String.format(
                "| raw UpdateItem (baseline) | %.1f | %s | 0 | %.1f |\n\n",
                rawPerSecond(),
                String.join(
                        " / ",
                        rawRounds.stream()
                                .map(r -> String.format("%.1f", r.perSecond()))
                                .toList()),
                Stats.median(rawRounds.stream()
                        .map(RatingThroughput.Round::sdkCallsPerOp)
                        .toList())));
        if (!refused.isEmpty()) {
            md.append("Votes refused (all rounds): ");
            List<String> reasons = new ArrayList<>();
            refused.forEach((k, v) -> reasons.add(v + "× " + k));
            md.append(String.join("; ", reasons))
                    .append(". Every refused vote was a valid one (fresh captcha, new reader).\n\n");
        }

        // ---------------------------------------------------------------- publish
        md.append("## Publish throughput\n\n");
        md.append(
                        "JMH 1.37 (1 fork, 3 warm-up and 5 measurement iterations of 1 s, median of the iterations), the typical\n")
                .append(
                        "article of `benchmarks/harness/src/main/resources/bench/typical-article.md` (4 KB of Vietnamese Markdown: headings,\n")
                .append(
                        "lists, a quote, a link, a table): `ArticleSourceParser` → `BodyRenderer` (Markdown + sanitizer) →\n")
                .append("`PageRenderer.articlePage`. Baseline: CommonMark alone rendering the same body.\n\n");
        md.append("| benchmark | articles / s | vs baseline |\n|---|---|---|\n");
        double cm = jmh.getOrDefault("commonmarkOnly", Double.NaN);
        jmh.forEach((k, v) -> md.append(String.format("| %s | %,.0f | %s |\n", k, v, Stats.ratio(v, cm))));
        md.append(String.format(
                "\nEnd to end through the local stack (POST /api/uploads → PUT to the signed URL → S3 event → SQS → publish\n"
                        + "function → status `published`, polled every %d ms), median of %d: **article %s**, baseline an image upload on the\n"
                        + "same path (published by a copy, no rendering, no listings) **%s** (%s).\n\n",
                Editor.POLL_MILLIS,
                publishArticle.size(),
                Stats.ms(Stats.median(publishArticle)),
                Stats.ms(Stats.median(publishImage)),
                Stats.ratio(Stats.median(publishArticle), Stats.median(publishImage))));
        md.append(ArchiveReport.sections(this));
        md.append(Proposals.markdown(this));
        return md.toString();
    }

    private void coldTargets(StringBuilder md) {
        for (var e : pairs.entrySet()) {
            String f = e.getKey();
            coldTarget(md, e.getValue(), f, f + " conventional", "conventional baseline");
        }
        for (String f : wholeZips.keySet()) {
            if (!pairs.containsKey(f)) { // no conventional baseline: against the same handler before issue 17
                coldTarget(md, f, f, f + WHOLE, "same handler before issue 17 (whole package, typed)");
            }
        }
    }

    private void coldTarget(StringBuilder md, String label, String ours, String baseline, String baselineName) {
        double fl = wall(FLOOR);
        double ratio = wall(ours) / wall(baseline);
        double above = (wall(ours) - fl) / (wall(baseline) - fl);
        md.append(String.format(
                "| cold-start proxy ≤ ½ of the %s, time above the floor ≤ 0.4×: %s | wall %s vs %s = **%.2f×**; above the floor (%s) %s vs %s = **%.2f×**; CPU %s vs %s = %.2f× | %s / %s |\n",
                baselineName,
                label,
                Stats.ms(wall(ours)),
                Stats.ms(wall(baseline)),
                ratio,
                Stats.ms(fl),
                Stats.ms(wall(ours) - fl),
                Stats.ms(wall(baseline) - fl),
                above,
                Stats.ms(cpu(ours)),
                Stats.ms(cpu(baseline)),
                cpu(ours) / cpu(baseline),
                ratio <= 0.5 ? "yes" : "**no**",
                above <= 0.4 ? "yes" : "**no**"));
    }

    /** Issue 17's before/after: the module's whole package against the function's own shrunk one, same run. */
    private void leanPackages(StringBuilder md) {
        if (wholeZips.isEmpty()) {
            return;
        }
        md.append("## Lean packages: before and after (issue 17)\n\n");
        md.append(
                        "**Before**: the handler run from its module's whole package (the module's jar and every runtime jar under\n")
                .append(
                        "lib/, as every function of a module was laid out before), called as the runtime called it then: typed,\n")
                .append(
                        "through the runtime's event serializers, with the runtime's C1-only flags. **After**: the function's own\n")
                .append(
                        "package as `sam build` lays it out now, shrunk by R8 from its handler and its lambdas compiled to classes by\n")
                .append("D8 (`scripts/shrink`), called as a\n")
                .append(
                        "stream handler with the template's JAVA_TOOL_OPTIONS. Same event, same run, round-robin; zips as the gates\n")
                .append("zip them; the floor is the trivial stream handler.\n\n");
        md.append(
                "| function | zip before | zip after | after/before | cold wall before | after | after/before | above the floor before | after | after/before |\n|---|---|---|---|---|---|---|---|---|---|\n");
        double fl = wall(FLOOR);
        wholeZips.forEach((f, before) -> {
            long after = leanZips.get(f);
            double wb = wall(f + WHOLE);
            double wa = wall(f);
            md.append(String.format(
                    "| %s | %.2f MiB | %.2f MiB | %.2f× | %s | %s | %s | %s | %s | %s |\n",
                    f,
                    before / MIB,
                    after / MIB,
                    (double) after / before,
                    Stats.ms(wb),
                    Stats.ms(wa),
                    Stats.ratio(wa, wb),
                    Stats.ms(wb - fl),
                    Stats.ms(wa - fl),
                    Stats.ratio(wa - fl, wb - fl)));
        });
        md.append('\n');
    }

    /** Where each benchmarked route's cold start goes, and how far it is from half its baseline. */
    private void breakdown(StringBuilder md) {
        md.append("\n### Where the time goes\n\n");
        md.append(
                        "Medians of this run. **JVM and launcher**: the floor's wall (a trivial stream handler: JVM boot, the launcher, the\n")
                .append(
                        "Lambda interfaces). **Init**: the handler's constructor (reading the environment, building its clients).\n")
                .append(
                        "**First invoke**: the first request (the SDK's request pipeline loaded and run once: marshalling, signing, a new\n")
                .append(
                        "connection; our code). **Other**: the rest of the wall (class loading and JIT outside those phases, process exit).\n")
                .append("**Needed for ½**: what the route would still have to lose to be at half its baseline.\n\n");
        md.append(
                "| route | wall | JVM and launcher (floor) | init | first invoke | other | CPU (floor's) | classes loaded (from jars) | baseline | needed for ½ |\n|---|---|---|---|---|---|---|---|---|---|\n");
        double fl = wall(FLOOR);
        List<String[]> routes = new ArrayList<>();
        pairs.forEach((f, label) -> routes.add(new String[] {f, label, f + " conventional"}));
        wholeZips.keySet().stream()
                .filter(f -> !pairs.containsKey(f))
                .forEach(f -> routes.add(new String[] {f, f, f + WHOLE}));
        for (String[] r : routes) {
            String f = r[0];
            double w = wall(f);
            double base = wall(r[2]);
            ColdStarts.ClassLoads c = classLoads.get(f);
            md.append(String.format(
                    "| %s | %s | %s | %s | %s | %s | %s (%s) | %s | %s (%s) | %s |\n",
                    r[1],
                    Stats.ms(w),
                    Stats.ms(fl),
                    Stats.ms(init(f)),
                    Stats.ms(invoke(f)),
                    Stats.ms(w - fl - init(f) - invoke(f)),
                    Stats.ms(cpu(f)),
                    Stats.ms(cpu(FLOOR)),
                    c == null ? "" : String.format("%,d (%,d)", c.total(), c.jars()),
                    Stats.ms(base),
                    r[2].endsWith(WHOLE) ? "before" : "conventional",
                    w <= base / 2 ? "met" : Stats.ms(w - base / 2)));
        }
    }

    private void coldStarts(StringBuilder md) {
        md.append("## Cold-start proxy\n\n");
        md.append(
                        "Each sample is a **new JVM** (`ProcessBuilder`) with the flags of the Lambda java25 runtime for a plain cold\n")
                .append("start, `")
                .append(String.join(" ", ColdStarts.RUNTIME_FLAGS))
                .append("` (plus `")
                .append(String.join(" ", ColdStarts.C1_WITHOUT_SNAPSTART))
                .append("`, which the runtime adds for functions\n")
                .append(
                        "without SnapStart: the baselines and floors), the function's environment from template.yaml, whose\n")
                .append("`JAVA_TOOL_OPTIONS` the JVM applies itself as on Lambda, and a classpath of exactly the\n")
                .append(
                        "function's deployment package (`target/sam-build/<Function>/lib/*.jar` from `sam build`), the Lambda runtime's\n")
                .append(
                        "event serializers (`aws-lambda-java-serialization` and the Joda-Time it loads, which the runtime, not the package, provides) and the\n")
                .append(
                        "launcher jar (`benchmarks/launcher`, two classes). The environment is the function's, as `LocalPortal.functionEnv`\n")
                .append(
                        "resolves it from template.yaml (tables, buckets, secret, `AWS_ENDPOINT_URL` of the emulator, region,\n")
                .append(
                        "credentials). The launcher loads and constructs the handler (**init**, as the runtime's init phase), then\n")
                .append(
                        "answers a realistic event against the emulator (**first invoke**): a stream handler (ours) gets the event's\n")
                .append(
                        "bytes and writes its answer, as the runtime calls one; a typed handler (baselines, \"before\") gets the event\n")
                .append(
                        "deserialized and its response serialized by the runtime's serializers. **Wall** is from `ProcessBuilder.start()`\n")
                .append(
                        "to reading the launcher's result line; wall − init − first invoke is JVM boot and loading the launcher.\n\n");
        md.append("Baselines, in the same run and round-robin with the functions (every variant once, then again):\n")
                .append(
                        "the **floor** is a trivial `RequestStreamHandler` answering a constant with only the Lambda interfaces\n")
                .append(
                        "and events on its classpath (the least a Java function costs); the **typed floor** the same as a\n")
                .append(
                        "`RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>` (the floor plus the runtime's serializers,\n")
                .append("the floor of the issue's first measurements); the **conventional** baselines\n")
                .append(
                        "(`benchmarks/conventional`) implement the same four routes the usual way: one package for all, `DynamoDbClient.create()`\n")
                .append(
                        "/ `SecretsManagerClient.create()` (the SDK's default Apache HTTP client, Netty beside it as the SDK's artifacts\n")
                .append(
                        "bring it, default credential, region and endpoint provider chains) and Jackson databind for JSON; the same\n")
                .append("storage calls and the same keyed hashes as our handlers.\n\n");
        md.append(
                        "**Flags and sources.** AWS's *Customize Java runtime startup behavior for Lambda functions* (Lambda developer\n")
                .append(
                        "guide, `java-customization`): for Java 17 and 21 Lambda stops tiered compilation at level 1 by default; from\n")
                .append(
                        "Java 25 it still does, *except* with SnapStart or provisioned concurrency, where the JVM's default tiered\n")
                .append(
                        "compilation is used (compilation then happens outside the invoke path, and priming pays off). The same page: the\n")
                .append(
                        "Java 17+ runtimes use the serial collector by default. Class data sharing: we leave `-Xshare:auto`, the\n")
                .append(
                        "JVM default, which maps the JDK's own CDS archive; the java25 runtime additionally ships an AOT cache for the\n")
                .append(
                        "runtime's own classes (AWS Compute Blog, *AWS Lambda now supports Java 25*), which we cannot reproduce here\n")
                .append(
                        "and which would lower the floor and every variant alike. Since our template turns SnapStart on, on AWS the\n")
                .append(
                        "init phase runs before the snapshot; this proxy measures the plain cold start (no snapshot), the case for\n")
                .append(
                        "`$LATEST`, for a snapshot's first creation, and an upper bound of what priming can remove.\n\n");
        md.append(
                        "The typed floor's first invoke is almost all the runtime's own event serializers (`aws-lambda-java-serialization`:\n")
                .append(
                        "some 870 classes with their shaded Jackson, see the class-loading table); our handlers are stream handlers\n")
                .append(
                        "and never load them. On Lambda the serializers belong to the runtime, whose java25 AOT cache holds its own\n")
                .append(
                        "classes, so there they cost less than here and this bench overstates what skipping them saves (the\n")
                .append(
                        "`typed` lever row measures it here). The time **above the floor** is what our code and dependencies add.\n\n");
        md.append(
                        "**CPU** is the process's CPU time until it answered (utime + stime of every thread, 10 ms ticks, from\n")
                .append(
                        "`/proc/self/stat`): other engineers' builds share these 2 cores, and where they inflate the wall, the CPU\n")
                .append("time shows what the start itself cost.\n\n");
        md.append(
                "| variant | wall (median) | init | first invoke | JVM + runtime | CPU | above the floor | vs floor | vs baseline |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ColdStarts.Variant v : coldVariants) {
            String name = v.name();
            double w = wall(name);
            String vsConventional = "";
            if (v.kind().equals("ours") && cold.containsKey(name + " conventional")) {
                vsConventional = Stats.ratio(w, wall(name + " conventional"));
            } else if (v.kind().equals("ours") && cold.containsKey(name + WHOLE)) {
                vsConventional = Stats.ratio(w, wall(name + WHOLE)) + " of the whole package";
            } else if (v.kind().equals("lever")) {
                vsConventional = Stats.ratio(w, wall(v.function())) + " of " + v.function();
            } else if (v.kind().equals("conventional") || v.kind().equals("whole")) {
                vsConventional = "1.00× (baseline)";
            }
            md.append(String.format(
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                    name,
                    Stats.ms(w),
                    Stats.ms(init(name)),
                    Stats.ms(invoke(name)),
                    Stats.ms(w - init(name) - invoke(name)),
                    Stats.ms(cpu(name)),
                    Stats.ms(w - wall(FLOOR)),
                    Stats.ratio(w, wall(FLOOR)),
                    vsConventional));
        }
        breakdown(md);
        md.append("\nEvery sample (ms, wall): ");
        List<String> all = new ArrayList<>();
        cold.forEach((k, v) -> all.add(k + " "
                + String.join(
                        "/",
                        v.stream()
                                .map(s -> String.format("%.0f", s.wallNanos() / 1e6))
                                .toList())));
        md.append(String.join("; ", all)).append(".\n\n");

        md.append("### Class loading (one extra start per variant with `-Xlog:class+load`)\n\n");
        md.append(
                "| variant | classes loaded | from the JDK's CDS archive | from JDK modules (not in CDS) | from jars | generated (lambdas, proxies) | jars that load most classes |\n|---|---|---|---|---|---|---|\n");
        classLoads.forEach((name, c) -> {
            List<String> top = new ArrayList<>();
            c.byJar().forEach((jar, n) -> top.add(jar + " " + n));
            md.append(String.format(
                    "| %s | %,d | %,d | %,d | %,d | %,d | %s |\n",
                    name, c.total(), c.cds(), c.jdk(), c.jars(), c.generated(), String.join(", ", top)));
        });
        md.append('\n');
    }
}
