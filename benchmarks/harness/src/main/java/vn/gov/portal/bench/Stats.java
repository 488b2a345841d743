package vn.gov.portal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles of samples (nearest rank). */
final class Stats {

    private Stats() {}

    static double median(List<? extends Number> samples) {
        return percentile(samples, 50);
    }

    static double percentile(List<? extends Number> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        samples.forEach(n -> sorted.add(n.doubleValue()));
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static String ms(double nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    static String ratio(double value, double baseline) {
        return String.format("%.2f×", value / baseline);
    }
}
