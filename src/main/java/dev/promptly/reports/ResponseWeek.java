package dev.promptly.reports;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One rep's (or a team's) responsiveness in one week: callbacks and emails received in it, and commitments and
 * follow-ups ("promises") due in it.
 */
public record ResponseWeek(Outcomes callbacks, Outcomes emails, Outcomes promises) {

    public static final ResponseWeek NONE = new ResponseWeek(Outcomes.NONE, Outcomes.NONE, Outcomes.NONE);

    public ResponseWeek plus(ResponseWeek other) {
        return new ResponseWeek(callbacks.plus(other.callbacks), emails.plus(other.emails),
                promises.plus(other.promises));
    }

    /** Two equally long runs of weeks added up week by week. */
    public static List<ResponseWeek> plus(List<ResponseWeek> a, List<ResponseWeek> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("weeks differ in number: " + a.size() + " and " + b.size());
        }
        return IntStream.range(0, a.size()).mapToObj(i -> a.get(i).plus(b.get(i))).toList();
    }

    /**
     * 100 x (callbacks on time + emails on time + promises kept) / (the same + late + open past due), to one
     * decimal; null when nothing is decided yet.
     */
    public Double onTimePct() {
        int decided = decided();
        if (decided == 0) {
            return null;
        }
        int good = callbacks.onTime() + emails.onTime() + promises.onTime();
        return Math.round(1000.0 * good / decided) / 10.0;
    }

    /** How many items decided the rate: on time, late, or open past their due time. */
    public int decided() {
        return callbacks.decided() + emails.decided() + promises.decided();
    }
}
