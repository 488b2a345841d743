package vn.gov.portal.bench;

import java.util.Map;

/**
 * What the numbers point to: what blocks each missed target and minimal proposals for the lead
 * (the functions are not changed by the benchmarks), with this run's figures filled in.
 */
final class Proposals {

    private Proposals() {}

    static String markdown(Report r) {
        StringBuilder md = new StringBuilder("## What blocks the missed targets, and proposals\n\n");
        String floor = Report.FLOOR;
        double floorWall = r.wall(floor);

        // ------------------------------------------------------------- cold start
        md.append("### Cold start\n\n");
        for (Map.Entry<String, String> e : r.pairs.entrySet()) {
            String f = e.getKey();
            double conv = r.wall(f + " conventional");
            md.append(String.format(
                    "- %s: ours %s, conventional %s, floor %s. The floor alone is %.0f%% of the conventional baseline,\n"
                            + "  so ≤ ½ is %s in a plain cold start%s; our own share above the floor is %s (init %s, first invoke above the floor's %s).\n",
                    e.getValue(),
                    Stats.ms(r.wall(f)),
                    Stats.ms(conv),
                    Stats.ms(floorWall),
                    100 * floorWall / conv,
                    floorWall > conv / 2 ? "**out of reach even for a handler that costs nothing**" : "reachable",
                    floorWall > conv / 2
                            ? " (JVM boot and the runtime's own event serializers: the floor's first invoke is "
                                    + Stats.ms(r.invoke(floor)) + ")"
                            : "",
                    Stats.ms(r.wall(f) - floorWall),
                    Stats.ms(r.init(f)),
                    Stats.ms(r.invoke(f) - r.invoke(floor)),
                    Stats.ms(r.invoke(floor))));
        }
        md.append("""

                In place (issue 17): per-function packages shrunk to what each handler reaches (R8), with every lambda and
                method reference compiled to a class (D8: none is spun at run time) in a jar stored uncompressed; each handler builds only
                the clients it uses; SnapStart priming (`ApiHandler`, `PublishHandler` and the others run a read-only
                request before the snapshot); stream handlers (events read and answers written with jackson-jr, so the
                runtime's event serializers, ~870 classes, are never loaded); `JAVA_TOOL_OPTIONS` C1 only in the
                template's Globals (AWS's cold-start advice; the java25 runtime would otherwise use full tiered
                compilation on SnapStart functions, and C2 code from priming is then traded for less compile work on
                the request path). What is left of a storage route, by size: building the SDK client at init (sdk-core,
                the service's marshallers and endpoint rules, some 1,500 small classes from the package),
                JVM boot (the floor), and the SDK's request pipeline run once at the first invoke. Not done, and why:
                an application AOT/CDS cache built here (it would not match Lambda's JVM build, and the java25 runtime
                only builds one for its own classes); turning bytecode verification off (a security trade); a
                hand-written client or signer (ruled out by the issue). On AWS, SnapStart with priming takes the init
                and most of the first invoke off every start but a snapshot's creation; this proxy cannot measure a
                restore (no CRaC JDK here).

                """);

        // ------------------------------------------------------------- package size
        md.append("### Package size (4 MiB a function)\n\n");
        var over = r.zips.entrySet().stream()
                .filter(z -> z.getValue() > 4 * Report.MIB)
                .map(z -> String.format("%s %.2f MiB", z.getKey(), z.getValue() / Report.MIB))
                .toList();
        md.append(
                over.isEmpty()
                        ? "Met: every function's zip is within 4 MiB (R8 keeps what each handler reaches, `scripts/shrink`).\n\n"
                        : "Over 4 MiB: " + String.join(", ", over)
                                + ". What a package keeps and why: docs/packaging.md.\n\n");

        // ------------------------------------------------------------- ratings
        double ratio = r.votesPerSecond() / r.rawPerSecond();
        md.append("### Rating throughput\n\n");
        md.append(String.format(
                        "%.1f votes/s against %.1f raw UpdateItem/s (%.2f×). A vote is %.1f storage calls (rate counter `UpdateItem`,\n",
                        r.votesPerSecond(),
                        r.rawPerSecond(),
                        ratio,
                        Stats.median(r.ratingRounds.stream()
                                .map(RatingThroughput.Round::sdkCallsPerOp)
                                .toList())))
                .append(
                        "article `GetItem`, the vote `TransactWriteItems` of three items, summary `GetItem`) against one; on an emulator that\n")
                .append(
                        "answers one request at a time, and where a transaction deep-copies the tables it touches, ½ is out of reach\n")
                .append(
                        "until a vote needs at most two calls and no heavier one. Proposals, keeping one atomic vote:\n\n")
                .append(
                        "1. **Drop the pre-check `GetItem` of the article**: the transaction's aggregate update already has\n")
                .append("   `attribute_exists(pk)` and maps its failure to NO_ARTICLE (404). −1 call per vote.\n")
                .append("2. **Put the rate counter into the transaction** as a fourth item (`ADD n :one` with\n")
                .append(
                        "   `attribute_not_exists(n) OR n < :limit`; cancellation reason index 3 → 429). −1 call; a refused vote then\n")
                .append(
                        "   does not count against the limit, which is acceptable (a wrong captcha is counted by `countWrongTry`).\n")
                .append(
                        "3. **Answer the summary without another read** where acceptable: return 204 and let the page GET the summary\n")
                .append("   (cached 30 s), or read it eventually consistent. −1 call.\n")
                .append(
                        "With 1 and 2 a vote is one transaction plus one GetItem; on real DynamoDB the per-item write limit\n")
                .append("(≈ 1,000 WCU/s, a transactional write costs 2) is what `RatingShards` addresses.\n\n");

        // ------------------------------------------------------------- publish
        md.append("### Publish\n\n");
        Double page = r.jmh.get("publishArticlePage");
        if (page != null) {
            md.append(String.format(
                            "Rendering a typical article takes ≈ %.1f ms (%,.0f/s) against %.2f ms for CommonMark alone; the step\n",
                            1000 / page, page, 1000 / r.jmh.getOrDefault("commonmarkOnly", Double.NaN)))
                    .append(String.format(
                            "benchmarks split it: parse %.2f ms, body (Markdown + sanitizer) %.2f ms, page template %.2f ms.\n",
                            1000 / r.jmh.getOrDefault("step1Parse", Double.NaN),
                            1000 / r.jmh.getOrDefault("step2RenderAndSanitizeBody", Double.NaN),
                            1000 / r.jmh.getOrDefault("step3RenderPage", Double.NaN)))
                    .append(
                            "The body step (CommonMark, then jsoup: parse, `Cleaner`, `tidy`, serialize; then `FigurePlacer` parses the\n")
                    .append(
                            "sanitized HTML **a second time** with `Jsoup.parseBodyFragment`) is where the time goes, about ten times\n")
                    .append(
                            "CommonMark alone. Proposal (small): when the article has no front-matter images and no `upload:` image\n")
                    .append(
                            "references (the usual case), skip `FigurePlacer`'s re-parse; or let the sanitizer hand its cleaned `Document`\n")
                    .append(
                            "to the placer. Either way rendering is small next to the end-to-end time, which is storage-bound:\n")
                    .append(
                            "after each article `Listings.refresh` rebuilds and checks the day archive, home page, feed, the month's\n")
                    .append(
                            "sitemap and the sitemap index, each from a bounded read (\"Publishing beside a large archive\" above).\n");
        }
        return md.toString();
    }
}
