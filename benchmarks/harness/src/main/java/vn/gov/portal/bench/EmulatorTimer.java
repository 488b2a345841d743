package vn.gov.portal.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A global SDK interceptor (registered in software/amazon/awssdk/global/handlers/execution.interceptors,
 * on the harness classpath only, so it applies to every client built in the harness's JVM and to
 * none of the cold-start processes): it adds up, per thread, the time between handing a request to
 * the HTTP client and getting its response back, i.e. the time spent in the emulator and on
 * loopback, without touching the functions' code.
 */
public final class EmulatorTimer implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("bench.sent");
    private static final Map<Thread, AtomicLong> NANOS = new ConcurrentHashMap<>();
    private static final Map<Thread, AtomicLong> CALLS = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.putAttribute(SENT, System.nanoTime());
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        Long sent = attributes.getAttribute(SENT);
        if (sent != null) {
            NANOS.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).addAndGet(System.nanoTime() - sent);
            CALLS.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Emulator time and calls of every thread but the SQS pollers (they run beside the measured requests). */
    static long[] totals() {
        long nanos = 0;
        long calls = 0;
        for (var e : NANOS.entrySet()) {
            if (!e.getKey().getName().startsWith("sqs-")) {
                nanos += e.getValue().get();
            }
        }
        for (var e : CALLS.entrySet()) {
            if (!e.getKey().getName().startsWith("sqs-")) {
                calls += e.getValue().get();
            }
        }
        return new long[] {nanos, calls};
    }
}
