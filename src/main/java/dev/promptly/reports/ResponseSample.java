package dev.promptly.reports;

import java.util.Arrays;
import java.util.Collection;

/**
 * Response times, in milliseconds, of the answered items of one rep or team: the median and the 90th percentile
 * that docs/metrics.md defines. Immutable; {@link #plus} pools two samples (a team's median is not an average of
 * its reps' medians).
 */
public final class ResponseSample {

    public static final ResponseSample EMPTY = new ResponseSample(new long[0]);

    private final long[] sortedMillis;

    private ResponseSample(long[] sortedMillis) {
        this.sortedMillis = sortedMillis;
    }

    public static ResponseSample ofMillis(Collection<Long> millis) {
        long[] values = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return new ResponseSample(values);
    }

    public int size() {
        return sortedMillis.length;
    }

    /** The usual median (the mean of the two middle values when the count is even), in whole seconds; null if empty. */
    public Long medianSeconds() {
        int n = sortedMillis.length;
        if (n == 0) {
            return null;
        }
        double millis = n % 2 == 1 ? sortedMillis[n / 2] : (sortedMillis[n / 2 - 1] + sortedMillis[n / 2]) / 2.0;
        return Math.round(millis / 1000.0);
    }

    /** The nearest-rank 90th percentile, the ceil(0.9 n)-th smallest value, in whole seconds; null if empty. */
    public Long p90Seconds() {
        int n = sortedMillis.length;
        if (n == 0) {
            return null;
        }
        int rank = (9 * n + 9) / 10;
        return Math.round(sortedMillis[rank - 1] / 1000.0);
    }

    /** How many values lie in [fromSeconds, toSeconds). */
    public int countBetween(long fromSeconds, long toSeconds) {
        return lowerBound(toSeconds * 1000) - lowerBound(fromSeconds * 1000);
    }

    private int lowerBound(long millis) {
        int index = Arrays.binarySearch(sortedMillis, millis);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sortedMillis[index - 1] == millis) {
            index--;
        }
        return index;
    }

    public ResponseSample plus(ResponseSample other) {
        long[] merged = new long[sortedMillis.length + other.sortedMillis.length];
        System.arraycopy(sortedMillis, 0, merged, 0, sortedMillis.length);
        System.arraycopy(other.sortedMillis, 0, merged, sortedMillis.length, other.sortedMillis.length);
        Arrays.sort(merged);
        return new ResponseSample(merged);
    }
}
