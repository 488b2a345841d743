package vn.gov.portal.local.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import vn.gov.portal.local.LocalPortal;

/**
 * Everything a stack stores, as comparable text: every item of every table (a Scan: fine in a
 * test) and every object version of every bucket (key, version id, ETag), each sorted. Two
 * snapshots are equal exactly when nothing was written, overwritten or deleted in between.
 */
record StackState(Map<String, List<String>> tables, Map<String, List<String>> buckets) {

    static StackState of(LocalPortal portal) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String id : portal.deployment()
                .template()
                .resourcesOfType("AWS::DynamoDB::Table")
                .keySet()) {
            String table = portal.deployment().physicalName(id);
            List<String> items = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                var page = portal.dynamo()
                        .scan(r -> r.tableName(table).consistentRead(true).exclusiveStartKey(from));
                page.items().forEach(i -> items.add(new TreeMap<>(i).toString()));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                        ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
            items.sort(null);
            tables.put(id, items);
        }
        Map<String, List<String>> buckets = new TreeMap<>();
        for (String id : portal.deployment()
                .template()
                .resourcesOfType("AWS::S3::Bucket")
                .keySet()) {
            String bucket = portal.deployment().physicalName(id);
            List<String> objects = new ArrayList<>();
            String keyMarker = null;
            String versionMarker = null;
            ListObjectVersionsResponse page;
            do {
                String k = keyMarker;
                String v = versionMarker;
                page = portal.s3()
                        .listObjectVersions(r -> r.bucket(bucket).keyMarker(k).versionIdMarker(v));
                page.versions().forEach(o -> objects.add(o.key() + " " + o.versionId() + " " + o.eTag()));
                page.deleteMarkers().forEach(d -> objects.add(d.key() + " " + d.versionId() + " (deleted)"));
                keyMarker = page.nextKeyMarker();
                versionMarker = page.nextVersionIdMarker();
            } while (Boolean.TRUE.equals(page.isTruncated()));
            objects.sort(null);
            buckets.put(id, objects);
        }
        return new StackState(tables, buckets);
    }

    /** How many items and objects it holds (for reports). */
    int size() {
        return tables.values().stream().mapToInt(List::size).sum()
                + buckets.values().stream().mapToInt(List::size).sum();
    }

    /** The differences, for an assertion message; empty when equal. */
    List<String> differencesFrom(StackState before) {
        List<String> out = new ArrayList<>();
        diff("table", before.tables, tables, out);
        diff("bucket", before.buckets, buckets, out);
        return out;
    }

    private static void diff(
            String kind, Map<String, List<String>> before, Map<String, List<String>> after, List<String> out) {
        for (String name : after.keySet()) {
            List<String> was = before.getOrDefault(name, List.of());
            List<String> now = after.get(name);
            now.stream().filter(x -> !was.contains(x)).forEach(x -> out.add(kind + " " + name + " + " + x));
            was.stream().filter(x -> !now.contains(x)).forEach(x -> out.add(kind + " " + name + " - " + x));
        }
    }
}
