package vn.gov.portal.articles.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import vn.gov.portal.articles.render.Picture;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.store.ArticleKeys;
import vn.gov.portal.common.store.Cursors;
import vn.gov.portal.common.store.Items;

/**
 * ArticlesTable: article metadata, the slug → id map, the listing copies of articles, the months
 * that hold articles and the sitemap's month records.
 *
 * <pre>
 * Item          pk             sk                          gsi1pk (index gsi1)   gsi1sk
 *   article     A#&lt;id&gt;         A                           M#&lt;yyyy-MM&gt;          &lt;yyyy-MM-ddTHH:mm:ss&gt;#&lt;id&gt;  (Vietnam time)
 *   slug        S#&lt;day&gt;#&lt;slug&gt; S                          -                     -     (a slug is unique per Vietnam day)
 *   listed      L#&lt;yyyy-MM&gt;    &lt;yyyy-MM-ddTHH:mm:ss&gt;#&lt;id&gt;   -                     -     (title, url, summary, category, dates)
 *   latest      L#LATEST       &lt;yyyy-MM-ddTHH:mm:ss&gt;#&lt;id&gt;   -                     -     (the same copy, across months)
 *   section     L#S#&lt;section&gt;  &lt;yyyy-MM-ddTHH:mm:ss&gt;#&lt;id&gt;   -                     -     (the same copy, per section)
 *   months      MONTHS         MONTHS                      -                     -     (string sets of yyyy-MM: all that held articles; per section, those that hold)
 *   sitemap     SITEMAP        &lt;yyyy-MM&gt;                   -                     -     (lastmod and hash of the month's sitemap)
 *
 * Access patterns                                   How
 *   get an article by id                              GetItem A#id
 *   find the article a slug names on a day            GetItem S#day#slug
 *   one Vietnam day, newest first (API)               Query gsi1: gsi1pk = M#month, gsi1sk BETWEEN day"T" AND day"~", descending
 *   a range of days (≤ 366), newest first (API)       the same Query per month, newest month first (≤ 13 months)
 *   a day's listing (day archive)                     Query L#month, sk BETWEEN day"T" AND day"~", consistent
 *   a month's listing (month sitemap)                 Query L#month, consistent
 *   latest N (home, feed)                             Query L#LATEST, descending, Limit N, consistent
 *   a section's latest N (section page, home block)   Query L#S#section, descending, Limit N, consistent
 *   N of a section older than an article (related)    Query L#S#section, sk &lt; the article's, descending, Limit N
 *   the months of a section (section pages' paging)   GetItem MONTHS (one item)
 *   the months in the sitemap index                   Query SITEMAP, consistent (one item per month)
 * </pre>
 * Date queries read only the items they return (the month partition and the day bounds are in
 * the key), whatever the table holds on other days. The listing copies live in the base table,
 * not the index, because listings are rebuilt from strongly consistent reads (a GSI is only
 * eventually consistent; see docs/articles.md, "Listings under concurrency"). Ratings (count,
 * sum) live on the article item so the API's lists carry them without another read (with sharded
 * ratings, plus a copy of the shards' total at most a second old).
 */
public final class ArticlesTable implements ArticleStore {

    public static final String INDEX = "gsi1";
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Set<String> CURSOR_FIELDS = Set.of("m", "k", "s");
    private static final Pattern CURSOR_SORT_KEY =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}:\\d{2}#([a-z2-7]{26})");

    private final DynamoDbClient dynamo;
    private final String table;

    public ArticlesTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public String tableName() {
        return table;
    }

    /** A page of results, the cursor to the next one, and how many items DynamoDB read for it. */
    public record Page(List<Article> items, String nextCursor, int itemsRead) {}

    public static Map<String, AttributeValue> articleKey(String id) {
        return ArticleKeys.article(id);
    }

    private static Map<String, AttributeValue> slugKey(LocalDate day, String slug) {
        return Map.of("pk", Items.s("S#" + day + "#" + slug), "sk", Items.s("S"));
    }

    private static Map<String, AttributeValue> listedKey(Article a) {
        return Map.of("pk", Items.s("L#" + YearMonth.from(a.day())), "sk", Items.s(sortKey(a.publishedAt(), a.id())));
    }

    /** The same copy in the one partition ordered by time across months: the newest N are one bounded Query. */
    private static Map<String, AttributeValue> latestKey(Article a) {
        return Map.of("pk", Items.s(LATEST), "sk", Items.s(sortKey(a.publishedAt(), a.id())));
    }

    private static final String LATEST = "L#LATEST";

    /** The same copy in its section's partition: a section's newest N are one bounded Query. */
    private static Map<String, AttributeValue> sectionKey(Article a) {
        return Map.of("pk", Items.s(sectionPartition(a.category())), "sk", Items.s(sortKey(a.publishedAt(), a.id())));
    }

    private static String sectionPartition(String section) {
        return "L#S#" + section;
    }

    /** The MONTHS item's attribute naming the months that hold (or held) a section's articles. */
    private static String sectionMonthsAttribute(String section) {
        return "S#" + section;
    }

    private static final Map<String, AttributeValue> MONTHS_KEY =
            Map.of("pk", Items.s("MONTHS"), "sk", Items.s("MONTHS"));

    @Override
    public Optional<Article> get(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(articleKey(id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The article that a slug names on a Vietnam day (slugs repeat across days: weekly schedules). */
    @Override
    public Optional<String> idForSlug(LocalDate day, String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(slugKey(day, slug)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Items.str(item, "articleId"));
    }

    /**
     * Writes an article's metadata, claims its slug on its day and writes its listing copy, in
     * one transaction; frees the slug and listing copy of {@code previous} (the article as it
     * was, or null for a new one) when they moved. Ratings already on the item are kept (an
     * update, not a put). The write is conditional on the article being as {@code previous}
     * says (absent, or unchanged since it was read), so two updates of one article never
     * interleave; it fails with a TransactionCanceledException if that or the slug claim fails.
     */
    @Override
    public void save(Article a, Article previous) {
        String month = YearMonth.from(a.day()).toString();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        Map<String, String> fields = fields(a);
        int i = 0;
        for (var e : fields.entrySet()) {
            String name = "#f" + i;
            names.put(name, e.getKey());
            if (e.getValue() == null) {
                removes.add(name);
            } else {
                values.put(":v" + i, Items.s(e.getValue()));
                sets.add(name + " = :v" + i);
            }
            i++;
        }
        String condition;
        if (previous == null) {
            condition = "attribute_not_exists(pk)";
        } else {
            names.put("#seen", "updatedAt");
            values.put(":seen", Items.s(previous.updatedAt().toString()));
            condition = "#seen = :seen";
        }
        String update =
                "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(articleKey(a.id()))
                        .updateExpression(update)
                        .conditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values))
                .build());
        Map<String, AttributeValue> slug = new HashMap<>(slugKey(a.day(), a.slug()));
        slug.put("articleId", Items.s(a.id()));
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(slug)
                        .conditionExpression("attribute_not_exists(pk) OR articleId = :id")
                        .expressionAttributeValues(Map.of(":id", Items.s(a.id()))))
                .build());
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(MONTHS_KEY)
                        .updateExpression("ADD months :m, #sec :m")
                        .expressionAttributeNames(Map.of("#sec", sectionMonthsAttribute(a.category())))
                        .expressionAttributeValues(Map.of(":m", AttributeValue.fromSs(List.of(month)))))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(listedItem(a, listedKey(a))))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(listedItem(a, latestKey(a))))
                .build());
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(listedItem(a, sectionKey(a))))
                .build());
        if (previous != null && !slugKey(previous.day(), previous.slug()).equals(slugKey(a.day(), a.slug()))) {
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(table)
                            .key(slugKey(previous.day(), previous.slug()))
                            .conditionExpression("attribute_not_exists(pk) OR articleId = :id")
                            .expressionAttributeValues(Map.of(":id", Items.s(a.id()))))
                    .build());
        }
        if (previous != null && !listedKey(previous).equals(listedKey(a))) {
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(table).key(listedKey(previous)))
                    .build());
        }
        if (previous != null && !latestKey(previous).equals(latestKey(a))) {
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(table).key(latestKey(previous)))
                    .build());
        }
        if (previous != null && !sectionKey(previous).equals(sectionKey(a))) {
            writes.add(TransactWriteItem.builder()
                    .delete(d -> d.tableName(table).key(sectionKey(previous)))
                    .build());
        }
        dynamo.transactWriteItems(t -> t.transactItems(writes));
    }

    /** The attributes an article item holds besides its key and ratings (null values are absent). */
    private static Map<String, String> fields(Article a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", a.id());
        fields.put("slug", a.slug());
        fields.put("title", a.title());
        fields.put("summary", a.summary());
        fields.put("category", a.category());
        fields.put("author", a.author());
        fields.put("publishedAt", Dates.iso(a.publishedAt()));
        fields.put("day", a.day().toString());
        fields.put("url", a.url());
        fields.put("sourceUploadId", a.sourceUploadId());
        fields.put("updatedAt", a.updatedAt().toString());
        fields.put("gsi1pk", "M#" + YearMonth.from(a.day()));
        fields.put("gsi1sk", sortKey(a.publishedAt(), a.id()));
        leadFields(a.lead()).forEach(fields::put);
        return fields;
    }

    /**
     * The items {@link #save} produces for a new article (the article and its listing copy), for
     * bulk loads: benchmarks and tests seed thousands of articles with BatchWriteItem. A bulk
     * load also names its months with {@link #addMonths}.
     */
    public static List<Map<String, AttributeValue>> newItems(Article a) {
        Map<String, AttributeValue> item = new HashMap<>(articleKey(a.id()));
        fields(a).forEach((k, v) -> {
            if (v != null) {
                item.put(k, Items.s(v));
            }
        });
        return List.of(item, listedItem(a, listedKey(a)), listedItem(a, latestKey(a)), listedItem(a, sectionKey(a)));
    }

    /** Adds months to a section's set (bulk loads; {@link #save} does it itself). */
    @Override
    public void addSectionMonths(String section, Collection<YearMonth> months) {
        dynamo.updateItem(u -> u.tableName(table)
                .key(MONTHS_KEY)
                .updateExpression("ADD #sec :m")
                .expressionAttributeNames(Map.of("#sec", sectionMonthsAttribute(section)))
                .expressionAttributeValues(Map.of(
                        ":m",
                        AttributeValue.fromSs(months.stream()
                                .map(YearMonth::toString)
                                .distinct()
                                .toList()))));
    }

    /** Removes a month from a section's set (its last article there was unpublished or moved). */
    @Override
    public void removeSectionMonth(String section, YearMonth month) {
        dynamo.updateItem(u -> u.tableName(table)
                .key(MONTHS_KEY)
                .updateExpression("DELETE #sec :m")
                .expressionAttributeNames(Map.of("#sec", sectionMonthsAttribute(section)))
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromSs(List.of(month.toString())))));
    }

    /** The lead image's attributes (on the article and its listing copies); all null without one. */
    private static Map<String, String> leadFields(Picture lead) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("img", lead == null ? null : lead.url());
        out.put("imgAlt", lead == null ? null : lead.alt());
        out.put("imgW", lead == null || lead.width() <= 0 ? null : Integer.toString(lead.width()));
        out.put("imgH", lead == null || lead.height() <= 0 ? null : Integer.toString(lead.height()));
        out.put("imgV", lead == null || lead.variantWidths().isEmpty() ? null : lead.variantsText());
        return out;
    }

    private static Picture lead(Map<String, AttributeValue> item) {
        String url = Items.str(item, "img");
        if (url == null) {
            return null;
        }
        String w = Items.str(item, "imgW");
        String h = Items.str(item, "imgH");
        return new Picture(
                url,
                Items.str(item, "imgAlt"),
                w == null ? 0 : Integer.parseInt(w),
                h == null ? 0 : Integer.parseInt(h),
                Picture.parseVariants(Items.str(item, "imgV")));
    }

    /** Adds months to the set the latest-articles read walks (bulk loads; {@link #save} does it itself). */
    public void addMonths(Collection<YearMonth> months) {
        dynamo.updateItem(u -> u.tableName(table)
                .key(MONTHS_KEY)
                .updateExpression("ADD months :m")
                .expressionAttributeValues(Map.of(
                        ":m",
                        AttributeValue.fromSs(months.stream()
                                .map(YearMonth::toString)
                                .distinct()
                                .toList()))));
    }

    private static Map<String, AttributeValue> listedItem(Article a, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("id", Items.s(a.id()));
        item.put("title", Items.s(a.title()));
        item.put("url", Items.s(a.url()));
        if (a.summary() != null) {
            item.put("summary", Items.s(a.summary()));
        }
        item.put("category", Items.s(a.category()));
        item.put("publishedAt", Items.s(Dates.iso(a.publishedAt())));
        item.put("updatedAt", Items.s(a.updatedAt().toString()));
        leadFields(a.lead()).forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                item.put(k, Items.s(v));
            }
        });
        return item;
    }

    private static Listed fromListedItem(Map<String, AttributeValue> item) {
        return new Listed(
                Items.str(item, "id"),
                Items.str(item, "title"),
                Items.str(item, "url"),
                Items.str(item, "summary"),
                Items.str(item, "category"),
                OffsetDateTime.parse(Items.str(item, "publishedAt")),
                Instant.parse(Items.str(item, "updatedAt")),
                lead(item));
    }

    /** Removes an article, frees its slug and removes its listing copy. */
    public void delete(Article a) {
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table).key(articleKey(a.id())))
                        .build(),
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table)
                                .key(slugKey(a.day(), a.slug()))
                                .conditionExpression("attribute_not_exists(pk) OR articleId = :id")
                                .expressionAttributeValues(Map.of(":id", Items.s(a.id()))))
                        .build(),
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table).key(listedKey(a)))
                        .build(),
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table).key(latestKey(a)))
                        .build(),
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table).key(sectionKey(a)))
                        .build()));
    }

    /** Months that hold (or held) articles, newest first. */
    public List<YearMonth> months() {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(MONTHS_KEY).consistentRead(true))
                .item();
        if (item == null || !item.containsKey("months")) {
            return List.of();
        }
        return new TreeSet<>(item.get("months").ss())
                .descendingSet().stream().map(YearMonth::parse).toList();
    }

    /** Articles published on Vietnam days {@code from..to} (inclusive), newest first. */
    public Page between(LocalDate from, LocalDate to, int limit, String cursor) {
        Map<String, String> position = cursor == null ? Map.of() : Cursors.decode(cursor);
        if (cursor != null && (!position.containsKey("m") || !CURSOR_FIELDS.containsAll(position.keySet()))) {
            throw new DomainException.Invalid("cursor", "is not a cursor this API gave out");
        }
        YearMonth month = position.containsKey("m") ? parseMonth(position.get("m")) : YearMonth.from(to);
        if (month.isAfter(YearMonth.from(to)) || month.isBefore(YearMonth.from(from))) {
            throw new DomainException.Invalid("cursor", "does not belong to this query");
        }
        Map<String, AttributeValue> startKey =
                position.containsKey("k") || position.containsKey("s") ? decodeKey(position, from, to) : null;
        List<Article> items = new ArrayList<>();
        int read = 0;
        while (!month.isBefore(YearMonth.from(from))) {
            LocalDate low = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
            LocalDate high = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
            QueryResponse response = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .indexName(INDEX)
                    .keyConditionExpression("gsi1pk = :m AND gsi1sk BETWEEN :low AND :high")
                    .expressionAttributeValues(Map.of(
                            ":m", Items.s("M#" + month), ":low", Items.s(low + "T"), ":high", Items.s(high + "~")))
                    .scanIndexForward(false)
                    .limit(limit - items.size())
                    .exclusiveStartKey(startKey)
                    .build());
            read += response.scannedCount();
            response.items().forEach(item -> items.add(fromItem(item)));
            boolean monthHasMore = response.hasLastEvaluatedKey()
                    && !response.lastEvaluatedKey().isEmpty();
            if (items.size() >= limit) {
                if (monthHasMore) {
                    return new Page(items, encodeCursor(month, response.lastEvaluatedKey()), read);
                }
                YearMonth next = month.minusMonths(1);
                return new Page(
                        items,
                        next.isBefore(YearMonth.from(from)) ? null : Cursors.encode(Map.of("m", next.toString())),
                        read);
            }
            if (monthHasMore) {
                startKey = response.lastEvaluatedKey();
                continue;
            }
            month = month.minusMonths(1);
            startKey = null;
        }
        return new Page(items, null, read);
    }

    /** A Vietnam day's listing, newest first (consistent: it reflects every completed write). */
    public List<Listed> listedOn(LocalDate day) {
        return listed(YearMonth.from(day), day + "T", day + "~", Integer.MAX_VALUE);
    }

    /** A month's listing, newest first (consistent). */
    @Override
    public List<Listed> listedIn(YearMonth month) {
        return listed(month, null, null, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} listed articles (consistent; one Query of {@code limit} items). */
    @Override
    public List<Listed> latestListed(int limit) {
        return listed(LATEST, null, null, limit);
    }

    /** A section's newest {@code limit} listed articles (consistent; one Query of {@code limit} items). */
    @Override
    public List<Listed> sectionLatest(String section, int limit) {
        return listed(sectionPartition(section), null, null, limit);
    }

    /**
     * Up to {@code limit} articles of a section published before {@code a} (by its sort key),
     * newest first: the candidates for its related articles (one Query of {@code limit} items).
     */
    @Override
    public List<Listed> sectionBefore(Article a, int limit) {
        return listed(sectionPartition(a.category()), "0", sortKey(a.publishedAt(), a.id()), limit).stream()
                .filter(l -> !l.id().equals(a.id()))
                .toList();
    }

    /** Months that hold a section's articles, newest first (one consistent GetItem). */
    @Override
    public List<YearMonth> sectionMonths(String section) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(MONTHS_KEY).consistentRead(true))
                .item();
        String attribute = sectionMonthsAttribute(section);
        if (item == null || !item.containsKey(attribute)) {
            return List.of();
        }
        return new TreeSet<>(item.get(attribute).ss())
                .descendingSet().stream().map(YearMonth::parse).toList();
    }

    private List<Listed> listed(YearMonth month, String low, String high, int limit) {
        return listed("L#" + month, low, high, limit);
    }

    private List<Listed> listed(String partition, String low, String high, int limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":p", Items.s(partition));
        String condition = "pk = :p";
        if (low != null) {
            values.put(":low", Items.s(low));
            values.put(":high", Items.s(high));
            condition += " AND sk BETWEEN :low AND :high";
        }
        List<Listed> out = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression(condition)
                    .expressionAttributeValues(values)
                    .consistentRead(true)
                    .scanIndexForward(false)
                    .limit(Math.min(limit - out.size(), 1000))
                    .exclusiveStartKey(startKey)
                    .build());
            response.items().forEach(item -> out.add(fromListedItem(item)));
            startKey = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (startKey != null && out.size() < limit);
        return out;
    }

    /** A month of the sitemap index: when its sitemap last changed, and a hash of what it lists. */
    public record SitemapMonth(YearMonth month, Instant lastmod, String hash) {}

    /** The months the sitemap index lists, newest first (consistent; one item per month). */
    @Override
    public List<SitemapMonth> sitemapMonths() {
        List<SitemapMonth> out = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", Items.s("SITEMAP")))
                    .consistentRead(true)
                    .scanIndexForward(false)
                    .exclusiveStartKey(startKey)
                    .build());
            response.items()
                    .forEach(item -> out.add(new SitemapMonth(
                            YearMonth.parse(Items.str(item, "sk")),
                            Instant.parse(Items.str(item, "lastmod")),
                            Items.str(item, "hash"))));
            startKey = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (startKey != null);
        return out;
    }

    @Override
    public Optional<SitemapMonth> sitemapMonth(YearMonth month) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                        .consistentRead(true)
                        .key(Map.of("pk", Items.s("SITEMAP"), "sk", Items.s(month.toString()))))
                .item();
        return item == null || item.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new SitemapMonth(month, Instant.parse(Items.str(item, "lastmod")), Items.str(item, "hash")));
    }

    @Override
    public void putSitemapMonth(SitemapMonth m) {
        dynamo.putItem(p -> p.tableName(table)
                .item(Map.of(
                        "pk",
                        Items.s("SITEMAP"),
                        "sk",
                        Items.s(m.month().toString()),
                        "lastmod",
                        Items.s(m.lastmod().toString()),
                        "hash",
                        Items.s(m.hash()))));
    }

    @Override
    public void deleteSitemapMonth(YearMonth month) {
        dynamo.deleteItem(
                d -> d.tableName(table).key(Map.of("pk", Items.s("SITEMAP"), "sk", Items.s(month.toString()))));
    }

    static String sortKey(OffsetDateTime publishedAt, String id) {
        return Dates.inVietnam(publishedAt).toLocalDateTime().format(LOCAL_SECONDS) + "#" + id;
    }

    private static String encodeCursor(YearMonth month, Map<String, AttributeValue> key) {
        return Cursors.encode(Map.of("m", month.toString(), "k", Items.str(key, "pk"), "s", Items.str(key, "gsi1sk")));
    }

    /**
     * The exclusive start key a cursor names, checked to be one this query could have given out
     * (an article's key, inside the query's days), since DynamoDB refuses a start key outside
     * the key condition with a ValidationException (a 500, not the client's 400).
     */
    private static Map<String, AttributeValue> decodeKey(Map<String, String> position, LocalDate from, LocalDate to) {
        String pk = position.get("k");
        String gsi1sk = position.get("s");
        Matcher m = gsi1sk == null ? null : CURSOR_SORT_KEY.matcher(gsi1sk);
        if (pk == null || m == null || !m.matches() || !pk.equals("A#" + m.group(2))) {
            throw new DomainException.Invalid("cursor", "is not a cursor this API gave out");
        }
        LocalDate day = parseDay(m.group(1));
        if (day.isBefore(from)
                || day.isAfter(to)
                || !YearMonth.from(day).toString().equals(position.get("m"))) {
            throw new DomainException.Invalid("cursor", "does not belong to this query");
        }
        return Map.of(
                "pk",
                Items.s(pk),
                "sk",
                Items.s("A"),
                "gsi1pk",
                Items.s("M#" + position.get("m")),
                "gsi1sk",
                Items.s(gsi1sk));
    }

    private static LocalDate parseDay(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new DomainException.Invalid("cursor", "is not a cursor this API gave out");
        }
    }

    private static YearMonth parseMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (RuntimeException e) {
            throw new DomainException.Invalid("cursor", "is not a cursor this API gave out");
        }
    }

    static Article fromItem(Map<String, AttributeValue> item) {
        return Article.builder()
                .id(Items.str(item, "id"))
                .slug(Items.str(item, "slug"))
                .title(Items.str(item, "title"))
                .summary(Items.str(item, "summary"))
                .category(Items.str(item, "category"))
                .author(Items.str(item, "author"))
                .publishedAt(OffsetDateTime.parse(Items.str(item, "publishedAt")))
                .url(Items.str(item, "url"))
                .sourceUploadId(Items.str(item, "sourceUploadId"))
                .updatedAt(Instant.parse(Items.str(item, "updatedAt")))
                .ratingCount(Items.num(item, ArticleKeys.RATING_COUNT, 0) + Items.num(item, ArticleKeys.SHARD_COUNT, 0))
                .ratingSum(Items.num(item, ArticleKeys.RATING_SUM, 0) + Items.num(item, ArticleKeys.SHARD_SUM, 0))
                .lead(lead(item))
                .build();
    }
}
