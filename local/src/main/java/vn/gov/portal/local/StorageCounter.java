package vn.gov.portal.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * An SDK interceptor that counts, per DynamoDB table and S3 bucket, the items DynamoDB read
 * (returned or scanned by GetItem, Query, Scan, BatchGetItem) and the items and objects
 * written (items put, updated or deleted; objects put, copied or deleted), for every client in
 * the JVM. It changes nothing; it is registered only where cost is measured (the tests' and the
 * benchmarks' classpath, in software/amazon/awssdk/global/handlers/execution.interceptors), and
 * since tables and buckets are named per stack, one stack's counts are its own.
 */
public final class StorageCounter implements ExecutionInterceptor {

    private static final Map<String, AtomicLong> READ = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> WRITTEN = new ConcurrentHashMap<>();

    /** Items read from a table, or 0. */
    public static long itemsRead(String table) {
        return READ.getOrDefault(table, new AtomicLong()).get();
    }

    /** Items written to a table, or objects written to a bucket (puts, copies, deletes), or 0. */
    public static long written(String tableOrBucket) {
        return WRITTEN.getOrDefault(tableOrBucket, new AtomicLong()).get();
    }

    /** What a table and a bucket cost from now until {@link Snapshot#since}. */
    public static Snapshot snapshot(String table, String bucket) {
        return new Snapshot(table, bucket, itemsRead(table), written(table), written(bucket));
    }

    public record Snapshot(String table, String bucket, long itemsRead, long itemsWritten, long objectsWritten) {
        /** The counts since this snapshot was taken. */
        public Cost since() {
            return new Cost(
                    StorageCounter.itemsRead(table) - itemsRead,
                    written(table) - itemsWritten,
                    written(bucket) - objectsWritten);
        }
    }

    /** DynamoDB items read and written, S3 objects written. */
    public record Cost(long itemsRead, long itemsWritten, long objectsWritten) {}

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        SdkResponse response = context.response();
        switch (request) {
            case GetItemRequest r
            when response instanceof GetItemResponse g ->
                add(READ, r.tableName(), g.hasItem() && !g.item().isEmpty() ? 1 : 0);
            case QueryRequest r
            when response instanceof QueryResponse q -> add(READ, r.tableName(), Math.max(q.count(), q.scannedCount()));
            case ScanRequest r
            when response instanceof ScanResponse s -> add(READ, r.tableName(), Math.max(s.count(), s.scannedCount()));
            case BatchGetItemRequest r
            when response instanceof BatchGetItemResponse b ->
                b.responses().forEach((table, items) -> add(READ, table, items.size()));
            case PutItemRequest r -> add(WRITTEN, r.tableName(), 1);
            case UpdateItemRequest r -> add(WRITTEN, r.tableName(), 1);
            case DeleteItemRequest r -> add(WRITTEN, r.tableName(), 1);
            case BatchWriteItemRequest r ->
                r.requestItems().forEach((table, writes) -> add(WRITTEN, table, writes.size()));
            case TransactWriteItemsRequest r -> r.transactItems().forEach(t -> add(WRITTEN, table(t), 1));
            case PutObjectRequest r -> add(WRITTEN, r.bucket(), 1);
            case CopyObjectRequest r -> add(WRITTEN, r.destinationBucket(), 1);
            case DeleteObjectRequest r -> add(WRITTEN, r.bucket(), 1);
            default -> {}
        }
    }

    private static String table(TransactWriteItem t) {
        if (t.put() != null) {
            return t.put().tableName();
        }
        if (t.update() != null) {
            return t.update().tableName();
        }
        if (t.delete() != null) {
            return t.delete().tableName();
        }
        return t.conditionCheck().tableName();
    }

    private static void add(Map<String, AtomicLong> counts, String name, long n) {
        if (name != null && n > 0) {
            counts.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
        }
    }
}
