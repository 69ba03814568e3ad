package dev.promptly.reports.export;

import dev.promptly.reports.Trend;
import java.awt.Color;
import java.io.IOException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend chart of a PDF page: the on-time rate week by week on a 0-100 % scale, weeks without a rate left as
 * gaps, and the level below which this week would alert.
 */
final class PdfChart {

    static final Color LINE = new Color(0x1F, 0x5F, 0xA8);
    static final Color ALERT = new Color(0xA3, 0x1D, 0x1D);

    private static final PdfCanvas.Type AXIS = new PdfCanvas.Type(false, 7, PdfCanvas.INK);
    private static final PdfCanvas.Type AXIS_NOW = new PdfCanvas.Type(true, 7, PdfCanvas.INK);
    private static final PdfCanvas.Type VALUE = new PdfCanvas.Type(false, 7, PdfCanvas.INK);
    private static final PdfCanvas.Type NOTE = new PdfCanvas.Type(false, 8, PdfCanvas.INK);
    private static final float Y_LABELS = 30;
    private static final float X_LABELS = 14;
    private static final float LEGEND = 16;

    private PdfChart() {
    }

    /** The plotting area: 0 % at {@code bottom}, 100 % at {@code bottom + height}. */
    private record Plot(float left, float bottom, float width, float height) {
        float y(double pct) {
            return bottom + height * (float) pct / 100;
        }
    }

    /** Draws the chart in the box whose bottom left is ({@code x}, {@code y}), labels and legend included. */
    static void draw(PdfCanvas canvas, Trend trend, float x, float y, float width, float height) throws IOException {
        Plot plot = new Plot(x + Y_LABELS, y + LEGEND + X_LABELS, width - Y_LABELS, height - LEGEND - X_LABELS - 6);
        legend(canvas, trend, plot.left(), y + 3);
        grid(canvas, plot);
        float[] xs = weeks(canvas, trend.points(), plot);
        Double level = alertLevel(trend);
        if (level != null) {
            canvas.dashedLine(plot.left(), plot.y(level), plot.left() + plot.width(), plot.y(level), 0.9f, ALERT);
        }
        if (trend.points().stream().allMatch(p -> p.onTimePct() == null)) {
            canvas.textCentred("No on-time rate in these weeks: nothing was decided yet",
                    plot.left() + plot.width() / 2, plot.y(50), NOTE);
        } else {
            rates(canvas, trend, xs, plot);
        }
    }

    private static void grid(PdfCanvas canvas, Plot plot) throws IOException {
        for (int pct = 0; pct <= 100; pct += 25) {
            boolean axis = pct == 0;
            canvas.line(plot.left(), plot.y(pct), plot.left() + plot.width(), plot.y(pct), axis ? 0.8f : 0.4f,
                    axis ? PdfCanvas.GREY : PdfCanvas.RULE);
            canvas.textRight(pct + " %", plot.left() - 4, plot.y(pct) - 2.5f, AXIS);
        }
    }

    /** Labels the weeks ("W47", the current one bold) under the axis; returns the x of each. */
    private static float[] weeks(PdfCanvas canvas, List<Trend.Point> points, Plot plot) throws IOException {
        float step = plot.width() / points.size();
        float[] xs = new float[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = plot.left() + step * (i + 0.5f);
            String week = "W" + points.get(i).week().monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            canvas.textCentred(week, xs[i], plot.bottom() - 11, i == points.size() - 1 ? AXIS_NOW : AXIS);
        }
        return xs;
    }

    /** The line through the weeks with a rate, broken where a week has none; each rate marked and labelled. */
    private static void rates(PdfCanvas canvas, Trend trend, float[] xs, Plot plot) throws IOException {
        List<Trend.Point> points = trend.points();
        for (float[][] run : runs(points, xs, plot)) {
            if (run[0].length > 1) {
                canvas.polyline(run[0], run[1], 1.6f, LINE);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            Double pct = points.get(i).onTimePct();
            if (pct != null) {
                boolean current = i == points.size() - 1;
                float pointY = plot.y(pct);
                canvas.dot(xs[i], pointY, current ? 3.2f : 2.4f, current && trend.alert() ? ALERT : LINE);
                float labelY = labelY(pointY, labelBelow(points, i), alertLevel(trend) == null ? null
                        : plot.y(alertLevel(trend)));
                canvas.textCentred(PdfTable.percent(pct), xs[i], labelY, current ? AXIS_NOW : VALUE);
            }
        }
    }

    /**
     * The baseline of a rate's label: above its point, or below when the line comes down to it; on the other side
     * when the alert line would cross it there, so every label stays readable.
     */
    static float labelY(float pointY, boolean below, Float alertY) {
        float under = pointY - 11;
        float over = pointY + 5;
        float chosen = below ? under : over;
        if (alertY != null && crosses(chosen, alertY)) {
            float other = below ? over : under;
            return crosses(other, alertY) ? chosen : other;
        }
        return chosen;
    }

    /** Whether a line at {@code lineY} runs through a 7-point label on {@code baseline} (descenders included). */
    private static boolean crosses(float baseline, float lineY) {
        return lineY >= baseline - 2.5f && lineY <= baseline + 7.5f;
    }

    /** The rate at or below which this week alerts; null when no earlier week has a rate (or it cannot drop 10). */
    private static Double alertLevel(Trend trend) {
        Double mean = trend.previousMean();
        return mean == null || mean < Trend.ALERT_DROP ? null : mean - Trend.ALERT_DROP;
    }

    /** A key under the weeks, so no label ever sits on the line it names. */
    private static void legend(PdfCanvas canvas, Trend trend, float x, float baseline) throws IOException {
        float mid = baseline + 2.5f;
        canvas.line(x, mid, x + 18, mid, 1.6f, LINE);
        canvas.dot(x + 9, mid, 2.4f, LINE);
        String rate = "on-time rate of the week";
        canvas.text(rate, x + 23, baseline, AXIS);
        Double level = alertLevel(trend);
        if (level != null) {
            float next = x + 23 + canvas.width(rate, AXIS) + 18;
            canvas.dashedLine(next, mid, next + 18, mid, 0.9f, ALERT);
            // Short, to stay within the chart's width; what the line means is in "how to read".
            canvas.text("alert at or below " + PdfTable.percent(level) + " %", next + 23, baseline, AXIS.in(ALERT));
        }
    }

    /** A rate's label goes under its point when the line comes down to it, so the label does not sit on the line. */
    private static boolean labelBelow(List<Trend.Point> points, int i) {
        double pct = points.get(i).onTimePct();
        int higher = 0;
        int lower = 0;
        for (int n : new int[] {i - 1, i + 1}) {
            Double neighbour = n < 0 || n >= points.size() ? null : points.get(n).onTimePct();
            if (neighbour != null) {
                higher += neighbour > pct ? 1 : 0;
                lower += neighbour < pct ? 1 : 0;
            }
        }
        return pct > 8 && higher > lower;
    }

    /** The unbroken stretches of weeks with a rate, each as its x and y coordinates. */
    private static List<float[][]> runs(List<Trend.Point> points, float[] xs, Plot plot) {
        List<float[][]> runs = new ArrayList<>();
        int start = 0;
        while (start < points.size()) {
            while (start < points.size() && points.get(start).onTimePct() == null) {
                start++;
            }
            int end = start;
            while (end < points.size() && points.get(end).onTimePct() != null) {
                end++;
            }
            if (end > start) {
                float[][] run = new float[2][end - start];
                for (int i = start; i < end; i++) {
                    run[0][i - start] = xs[i];
                    run[1][i - start] = plot.y(points.get(i).onTimePct());
                }
                runs.add(run);
            }
            start = end;
        }
        return runs;
    }
}
