package dev.promptly.reports.export;

import dev.promptly.reports.ResponseDistribution;
import dev.promptly.reports.ResponseSample;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The "How long answers took" chart of a PDF page, as the screen draws it (ui/reports/ReportCharts): the answered
 * callbacks and emails counted in the bands of docs/metrics.md, "Response-time bands", two bars a band, each bar
 * labelled with its count.
 */
final class PdfAnswerChart {

    static final Color CALLS = PdfChart.LINE;
    static final Color EMAILS = new Color(0xC2, 0x6A, 0x00);

    private static final PdfCanvas.Type AXIS = new PdfCanvas.Type(false, 7, PdfCanvas.INK);
    private static final PdfCanvas.Type COUNT = new PdfCanvas.Type(false, 6.5f, PdfCanvas.INK);
    private static final PdfCanvas.Type NOTE = new PdfCanvas.Type(false, 8, PdfCanvas.INK);
    private static final float Y_LABELS = 26;
    private static final float X_LABELS = 14;
    private static final float LEGEND = 16;
    /** Room over the highest bar for its count. */
    private static final float HEADROOM = 10;

    private PdfAnswerChart() {
    }

    /** Draws the chart in the box whose bottom left is ({@code x}, {@code y}), labels and legend included. */
    static void draw(PdfCanvas canvas, ResponseSample calls, ResponseSample emails, float x, float y, float width,
                     float height) throws IOException {
        List<ResponseDistribution.Band> callBands = ResponseDistribution.of(calls);
        List<ResponseDistribution.Band> emailBands = ResponseDistribution.of(emails);
        float left = x + Y_LABELS;
        float bottom = y + LEGEND + X_LABELS;
        float plotWidth = width - Y_LABELS;
        float plotHeight = height - LEGEND - X_LABELS - HEADROOM;
        int most = 0;
        for (int i = 0; i < callBands.size(); i++) {
            most = Math.max(most, Math.max(callBands.get(i).count(), emailBands.get(i).count()));
        }
        int step = step(most);
        int top = Math.max(step, (most + step - 1) / step * step);
        for (int tick = 0; tick <= top; tick += step) {
            float tickY = bottom + plotHeight * tick / top;
            canvas.line(left, tickY, left + plotWidth, tickY, tick == 0 ? 0.8f : 0.4f,
                    tick == 0 ? PdfCanvas.GREY : PdfCanvas.RULE);
            canvas.textRight(String.valueOf(tick), left - 4, tickY - 2.5f, AXIS);
        }
        float group = plotWidth / callBands.size();
        float bar = Math.min(16, group * 0.34f);
        for (int i = 0; i < callBands.size(); i++) {
            float centre = left + group * (i + 0.5f);
            bar(canvas, callBands.get(i).count(), centre - bar - 0.75f, bar, bottom, plotHeight, top, CALLS);
            bar(canvas, emailBands.get(i).count(), centre + 0.75f, bar, bottom, plotHeight, top, EMAILS);
            canvas.textCentred(callBands.get(i).label(), centre, bottom - 11, AXIS);
        }
        if (most == 0) {
            canvas.textCentred("Nothing was answered in this week", left + plotWidth / 2, bottom + plotHeight / 2,
                    NOTE);
        }
        legend(canvas, left, y + 3);
    }

    private static void bar(PdfCanvas canvas, int count, float x, float width, float bottom, float plotHeight, int top,
                            Color color) throws IOException {
        if (count == 0) {
            return;
        }
        float height = plotHeight * count / top;
        canvas.fill(x, bottom, width, height, color);
        canvas.textCentred(String.valueOf(count), x + width / 2, bottom + height + 2.5f, COUNT);
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving at most five steps up to {@code most}. */
    static int step(int most) {
        for (int power = 1; ; power *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) factor * power * 5 >= most) {
                    return factor * power;
                }
            }
        }
    }

    private static void legend(PdfCanvas canvas, float x, float baseline) throws IOException {
        canvas.fill(x, baseline - 0.5f, 8, 7, CALLS);
        canvas.text("callbacks", x + 12, baseline, AXIS);
        float next = x + 12 + canvas.width("callbacks", AXIS) + 16;
        canvas.fill(next, baseline - 0.5f, 8, 7, EMAILS);
        canvas.text("emails", next + 12, baseline, AXIS);
        float note = next + 12 + canvas.width("emails", AXIS) + 16;
        canvas.text("answered in the week, by calendar time taken", note, baseline, AXIS);
    }
}
