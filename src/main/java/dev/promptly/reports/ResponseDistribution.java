package dev.promptly.reports;

import java.util.ArrayList;
import java.util.List;

/** How many answers took how long, in fixed bands a manager reads at a glance (docs/metrics.md). */
public final class ResponseDistribution {

    /** One band, [fromSeconds, toSeconds); the last is open-ended. */
    public record Band(String label, long fromSeconds, long toSeconds, int count) {
    }

    private static final long HOUR = 3600;
    private static final long[] BOUNDS = {0, HOUR, 4 * HOUR, 8 * HOUR, 24 * HOUR, 48 * HOUR, Long.MAX_VALUE / 1000};
    private static final String[] LABELS = {"under 1 h", "1-4 h", "4-8 h", "8-24 h", "24-48 h", "48 h or more"};

    private ResponseDistribution() {
    }

    public static List<Band> of(ResponseSample sample) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            bands.add(new Band(LABELS[i], BOUNDS[i], BOUNDS[i + 1], sample.countBetween(BOUNDS[i], BOUNDS[i + 1])));
        }
        return bands;
    }
}
