package vn.gov.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.portal.local.LocalPortal;

/**
 * Warm latency per route through the local stack (loopback HTTP → gateway → handler → emulator),
 * requests one at a time after a warm-up. The emulator's share is measured, not guessed: the
 * {@link EmulatorTimer} SDK interceptor adds up the time each request's SDK calls spent in
 * transmission (request written → response read), which is moto plus loopback.
 */
final class WarmLatency {

    /** A route and how to make its next request (some need a fresh captcha or client address). */
    record Route(String name, Supplier<HttpRequest> next, int expectedStatus) {}

    record Result(
            String route,
            int requests,
            double p50Nanos,
            double p99Nanos,
            double emulatorShare,
            double sdkCallsPerRequest,
            double emulatorP50Nanos) {}

    private final LocalPortal portal;

    WarmLatency(LocalPortal portal) {
        this.portal = portal;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal.baseUrl() + path));
    }

    Result measure(Route route, int warmup, int requests) {
        for (int i = 0; i < warmup; i++) {
            send(route);
        }
        List<Long> totals = new ArrayList<>();
        List<Long> emulator = new ArrayList<>();
        long sumTotal = 0;
        long sumEmulator = 0;
        long calls = 0;
        for (int i = 0; i < requests; i++) {
            HttpRequest request = route.next().get(); // seeding (if any) happens here, outside the timing
            long[] before = EmulatorTimer.totals();
            long started = System.nanoTime();
            int status = send(request);
            long took = System.nanoTime() - started;
            long[] after = EmulatorTimer.totals();
            if (status != route.expectedStatus()) {
                throw new IllegalStateException(route.name() + " answered " + status);
            }
            totals.add(took);
            emulator.add(after[0] - before[0]);
            sumTotal += took;
            sumEmulator += after[0] - before[0];
            calls += after[1] - before[1];
        }
        return new Result(
                route.name(),
                requests,
                Stats.percentile(totals, 50),
                Stats.percentile(totals, 99),
                (double) sumEmulator / sumTotal,
                (double) calls / requests,
                Stats.percentile(emulator, 50));
    }

    private static int send(Route route) {
        return send(route.next().get());
    }

    private static int send(HttpRequest request) {
        try {
            return Editor.HTTP
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
