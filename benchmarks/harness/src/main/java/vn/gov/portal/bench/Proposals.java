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
            md.append(String.format("- %s: ours %s, conventional %s, floor %s. The floor alone is %.0f%% of the conventional baseline,\n"
                            + "  so ≤ ½ is %s in a plain cold start%s; our own share above the floor is %s (init %s, first invoke above the floor's %s).\n",
                    e.getValue(), Stats.ms(r.wall(f)), Stats.ms(conv), Stats.ms(floorWall), 100 * floorWall / conv,
                    floorWall > conv / 2 ? "**out of reach even for a handler that costs nothing**" : "reachable",
                    floorWall > conv / 2 ? " (JVM boot and the runtime's own event serializers: the floor's first invoke is "
                            + Stats.ms(r.invoke(floor)) + ")" : "",
                    Stats.ms(r.wall(f) - floorWall), Stats.ms(r.init(f)), Stats.ms(r.invoke(f) - r.invoke(floor)), Stats.ms(r.invoke(floor))));
        }
        md.append("""

                The target can only be met where the init and the first invoke are not paid on the request path, i.e. with
                SnapStart (which the template already enables: `SnapStart: ApplyOn: PublishedVersions`) **and priming**, so
                that the snapshot holds loaded classes, built clients and C1/C2-compiled code. Proposals, smallest first:

                1. **Build only what the route uses.** `ListArticlesHandler` and `GetArticleHandler` call
                   `new ArticlesModule(env).service()`, which builds an `S3Client`, `Listings` and a `PageRenderer` (Mustache
                   templates compiled) for read-only routes that only Query/GetItem. Give `ArticlesModule` a
                   `readService()` returning a service over `ArticlesTable` alone, and use it in these two handlers (the
                   DELETE route keeps `service()`). Expected: the S3 client's construction and the template compilation
                   leave their init (see the class-load table: compare ListArticlesFunction with GetRatingsFunction,
                   which builds one DynamoDB client), roughly 150–300 ms of init here; and, with step 4, they can leave the
                   package.
                2. **SnapStart priming with CRaC hooks** (`org.crac` is already a dependency of `common`): in each handler's
                   constructor register `Core.getGlobalContext().register(this)` and implement
                   `org.crac.Resource.beforeCheckpoint` with side-effect-free work that walks the same code as a request:
                   - `ApiHandler`: build a synthetic `APIGatewayV2HTTPEvent` for the route (a GET with a path parameter
                     and query; for POST routes a body that fails validation) and call `handleRequest` so `ApiRequest`,
                     `Params`, `Problems`, `ApiResponse` and `Json` (jackson-jr) are loaded and compiled;
                   - DynamoDB: a `GetItem` of a key that cannot exist (`pk = "PRIME#"`), which loads the marshallers,
                     the SigV4 signer, the URLConnection client and the unmarshallers without writing anything; for the
                     list route, `ArticlesTable.between` on one day of 1990 (an empty Query);
                   - ratings: `Keys` HMACs of a constant, `Json.readObject` of a vote body, `RatingsTable.articleAggregate`
                     of a missing id (a GetItem; never `vote`, `tryAcquire` or `putCaptcha`, which write);
                   - captcha: `CaptchaImage.png` of a constant answer (AWT, ImageIO and the PNG encoder are the
                     heaviest classes the captcha route loads), without storing it;
                   - publish: parse, render and sanitize an embedded sample article and render its page with
                     `PageRenderer` (no S3 write).
                   `afterRestore` needs nothing (credentials come from the container provider, see `AwsClients`).
                   Expected: the first invoke after a restore close to the warm latency below (tens of ms instead of the
                   first invoke measured above), and, because Java 25 on SnapStart uses full tiered compilation, hot
                   paths already compiled. The restore itself is not measurable here (no CRaC JDK on this machine).
                3. **Keep tiered compilation at the runtime's choice.** Do not set `JAVA_TOOL_OPTIONS` with
                   `TieredStopAtLevel=1` on SnapStart functions: Lambda's java25 runtime deliberately uses the JVM default
                   there so priming produces C2 code.
                4. **Trim dependencies per function** (also the package-size target, below). The health function
                   ships aws-core, regions, the URLConnection client and their transitive SDK jars though it calls nothing:
                   make the SDK pieces of `common` `optional` (like dynamodb and s3 already are) or move `AwsClients` and
                   `Dependencies` to a `common-aws` module. Its cold start is already at the floor (class loading is lazy),
                   so the gain is package size and upload time, not latency.
                5. **Class loading hot spots** (table above): most loaded classes of the storage routes come from the SDK
                   (sdk-core, the service jar, regions, auth/http-auth) and, for the articles package, from Mustache and
                   jsoup when `PageRenderer`/`Listings` are built eagerly. An application CDS/AOT cache
                   (`-XX:AOTCache`, JDK 25) is what the java25 runtime uses for its own classes; for ours SnapStart is
                   the supported way.

                """);

        // ------------------------------------------------------------- package size
        md.append("### Package size (8 MiB)\n\n");
        md.append(String.format("The zips are about the sum of their jars. Over the budget: the articles package (%.2f MiB) ships the S3 SDK\n",
                r.zips.getOrDefault("ListArticlesFunction", 0L) / Report.MIB))
                .append("(`s3` ≈ 4.2 MiB) *and* DynamoDB (≈ 2.8 MiB) to every one of its five functions; uploads and directives ship both\n")
                .append("too; ratings ship DynamoDB and Secrets Manager and sit just over (CreateCaptcha, GetRatings, RateArticle).\n")
                .append("Proposals:\n\n")
                .append("1. **Split packages by what each function calls** (one Maven module per package, as `CodeUri` allows):\n")
                .append("   read routes of articles (list, get) need DynamoDB only (with proposal 1 above): without s3, commonmark, jsoup,\n")
                .append("   snakeyaml and jmustache they drop ≈ 5.3 MiB, to ≈ 7 MiB; `GetUpload`, `List/GetDirective` likewise need no S3\n")
                .append("   client unless they presign.\n")
                .append("2. **Drop `aws-lambda-java-events`** (0.48 MiB, hundreds of event classes) for the three classes we use\n")
                .append("   (`APIGatewayV2HTTPEvent`/`Response`, `SQSEvent`), or keep it only where SQS is consumed; the runtime\n")
                .append("   deserializes plain POJOs of the same shape.\n")
                .append("3. **Functions that need S3 and DynamoDB** (publish, delete article, create upload, directives with\n")
                .append("   attachments) cannot fit 8 MiB with the two stock service jars (≈ 7 MiB together plus sdk-core,\n")
                .append("   regions, jackson): this blocks the target. Either shrink them at build time (ProGuard/R8 keeping\n")
                .append("   `software.amazon.awssdk.**` SPI and the used operations' model classes; the service jars are mostly model\n")
                .append("   and marshaller classes of the ~100 operations we do not call) or relax the budget for those functions.\n\n");

        // ------------------------------------------------------------- ratings
        double ratio = r.votesPerSecond() / r.rawPerSecond();
        md.append("### Rating throughput\n\n");
        md.append(String.format("%.1f votes/s against %.1f raw UpdateItem/s (%.2f×). A vote is %.1f storage calls (rate counter `UpdateItem`,\n",
                        r.votesPerSecond(), r.rawPerSecond(), ratio,
                        Stats.median(r.ratingRounds.stream().map(RatingThroughput.Round::sdkCallsPerOp).toList())))
                .append("article `GetItem`, the vote `TransactWriteItems` of three items, summary `GetItem`) against one; on an emulator that\n")
                .append("answers one request at a time, and where a transaction deep-copies the tables it touches, ½ is out of reach\n")
                .append("until a vote needs at most two calls and no heavier one. Proposals, keeping one atomic vote:\n\n")
                .append("1. **Drop the pre-check `GetItem` of the article**: the transaction's aggregate update already has\n")
                .append("   `attribute_exists(pk)` and maps its failure to NO_ARTICLE (404). −1 call per vote.\n")
                .append("2. **Put the rate counter into the transaction** as a fourth item (`ADD n :one` with\n")
                .append("   `attribute_not_exists(n) OR n < :limit`; cancellation reason index 3 → 429). −1 call; a refused vote then\n")
                .append("   does not count against the limit, which is acceptable (a wrong captcha is counted by `countWrongTry`).\n")
                .append("3. **Answer the summary without another read** where acceptable: return 204 and let the page GET the summary\n")
                .append("   (cached 30 s), or read it eventually consistent. −1 call.\n")
                .append("With 1 and 2 a vote is one transaction plus one GetItem; on real DynamoDB the per-item write limit\n")
                .append("(≈ 1,000 WCU/s, a transactional write costs 2) is what `RatingShards` addresses.\n\n");

        // ------------------------------------------------------------- publish
        md.append("### Publish\n\n");
        Double page = r.jmh.get("publishArticlePage");
        if (page != null) {
            md.append(String.format("Rendering a typical article takes ≈ %.1f ms (%,.0f/s) against %.2f ms for CommonMark alone; the step\n",
                            1000 / page, page, 1000 / r.jmh.getOrDefault("commonmarkOnly", Double.NaN)))
                    .append(String.format("benchmarks split it: parse %.2f ms, body (Markdown + sanitizer) %.2f ms, page template %.2f ms.\n",
                            1000 / r.jmh.getOrDefault("step1Parse", Double.NaN),
                            1000 / r.jmh.getOrDefault("step2RenderAndSanitizeBody", Double.NaN),
                            1000 / r.jmh.getOrDefault("step3RenderPage", Double.NaN)))
                    .append("The body step (CommonMark, then jsoup: parse, `Cleaner`, `tidy`, serialize; then `FigurePlacer` parses the\n")
                    .append("sanitized HTML **a second time** with `Jsoup.parseBodyFragment`) is where the time goes, about ten times\n")
                    .append("CommonMark alone. Proposal (small): when the article has no front-matter images and no `upload:` image\n")
                    .append("references (the usual case), skip `FigurePlacer`'s re-parse; or let the sanitizer hand its cleaned `Document`\n")
                    .append("to the placer. Either way rendering is small next to the end-to-end time, which is storage-bound:\n")
                    .append("after each article `Listings.refresh` rebuilds and checks the day archive, home page, feed, the month's\n")
                    .append("sitemap and the sitemap index, each from a bounded read (\"Publishing beside a large archive\" above).\n");
        }
        return md.toString();
    }
}
