package vn.gov.portal.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * A test's network jitter: while a bucket is enabled, every put or delete of one of its objects
 * waits up to the given time before it is sent,
 * so concurrent writers' requests reach the emulator in another order than they were made, as
 * they may on AWS. Registered for the tests' JVM in
 * software/amazon/awssdk/global/handlers/execution.interceptors; idle for everything else.
 */
public final class WriteJitter implements ExecutionInterceptor {

    private static final Map<String, Integer> MAX_MILLIS = new ConcurrentHashMap<>();

    /** Writes to these buckets wait 0 to {@code maxMillis} ms. */
    static void enable(int maxMillis, String... buckets) {
        for (String name : buckets) {
            MAX_MILLIS.put(name, maxMillis);
        }
    }

    static void disable(String... buckets) {
        for (String name : buckets) {
            MAX_MILLIS.remove(name);
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String bucket = switch (context.request()) {
            case PutObjectRequest r -> r.bucket();
            case DeleteObjectRequest r -> r.bucket();
            default -> null;
        };
        Integer max = bucket == null ? null : MAX_MILLIS.get(bucket);
        if (max != null) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(max + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
