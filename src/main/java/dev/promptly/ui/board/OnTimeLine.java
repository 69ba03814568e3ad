package dev.promptly.ui.board;

import dev.promptly.reports.Trend;
import java.util.Locale;

/**
 * The board's one line on the week: "On time this week: 92.0 % of 38". A rate that rests on few items (fewer than
 * the board's minimum, a setting) is shown with last week's beside it, so that a Monday morning's "100.0 %" of
 * two calls is not read as a good week (docs/metrics.md, "On time this week on the board").
 */
final class OnTimeLine {

    private OnTimeLine() {
    }

    static String text(Trend trend, int minimum) {
        Trend.Point now = trend.current();
        Trend.Point last = trend.lastWeek();
        StringBuilder text = new StringBuilder("On time this week: ");
        text.append(now.onTimePct() == null ? "no figures yet" : rate(now));
        boolean tooFew = now.decided() < minimum;
        if (tooFew && now.onTimePct() != null) {
            text.append(" (too few to judge");
        }
        if (tooFew && last != null && last.onTimePct() != null) {
            text.append(now.onTimePct() == null ? " (" : "; ").append("last week ").append(rate(last));
        }
        if (tooFew && (now.onTimePct() != null || last != null && last.onTimePct() != null)) {
            text.append(")");
        }
        Double before = trend.previousMean();
        text.append("   ·   previous four weeks: ").append(before == null ? "no figures" : percent(before));
        return text.toString();
    }

    private static String rate(Trend.Point point) {
        return percent(point.onTimePct()) + " of " + point.decided();
    }

    static String percent(double pct) {
        return String.format(Locale.ROOT, "%.1f %%", pct);
    }
}
