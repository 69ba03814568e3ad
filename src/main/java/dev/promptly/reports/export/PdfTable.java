package dev.promptly.reports.export;

import dev.promptly.reports.AnswerTimeText;
import dev.promptly.reports.ChannelFigures;
import dev.promptly.reports.Outcomes;
import dev.promptly.reports.RepFigures;
import dev.promptly.reports.ResponseSample;
import dev.promptly.reports.WeeklyReport;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures table of a PDF page: the subset of the weekly summary a meeting reads (the CSV and XLSX carry every
 * column). Two header rows, one body row per rep or team, numbers right-aligned. On the business clock the response
 * time cells get a second, grey line with the business-hours figure.
 */
final class PdfTable {

    static final String NONE = "—";

    /**
     * One body row; a total row is bold, under a rule.
     *
     * @param mailbox a synced rep's inbox over the week; null otherwise
     */
    record Row(String name, RepFigures figures, WeeklyReport.MailboxWeek mailbox, boolean total) {
    }

    /** @param second the grey line under a cell (none when it gives null); null for a column that never has one */
    private record Column(String group, String label, float width, Function<RepFigures, String> cell,
                          Function<Row, String> second) {
    }

    private static final PdfCanvas.Type GROUP = new PdfCanvas.Type(true, 7.5f, PdfCanvas.INK);
    private static final PdfCanvas.Type LABEL = new PdfCanvas.Type(false, 7, PdfCanvas.INK);
    private static final PdfCanvas.Type BODY = new PdfCanvas.Type(false, 8, PdfCanvas.INK);
    private static final PdfCanvas.Type TOTAL = new PdfCanvas.Type(true, 8, PdfCanvas.INK);
    private static final PdfCanvas.Type SECOND = new PdfCanvas.Type(false, 6.5f, PdfCanvas.GREY);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Color STRIPE = new Color(0xF5, 0xF7, 0xF9);
    private static final float PAD = 4;
    private static final float GROUP_ROW = 12;
    private static final float LABEL_ROWS = 21;
    private static final float LINE = 8;
    private static final float SMALLEST_NAME = 6.5f;

    private final List<Column> columns;
    /** Whether rows are tall enough for a second line under some cells (or under a long name). */
    private boolean secondLines;

    /**
     * @param firstHeader "Rep", or "Team" on the overview
     * @param width the whole table's width; the name column takes what the figures leave
     * @param business whether to show business-hours response times under the calendar ones
     * @param streaks  whether some rep's mailbox is synced, whose inbox-zero streak goes under their inbox
     */
    PdfTable(String firstHeader, float width, boolean business, boolean streaks) {
        this.secondLines = business || streaks;
        List<Column> figures = figureColumns(business);
        float used = (float) figures.stream().mapToDouble(Column::width).sum();
        columns = new ArrayList<>();
        columns.add(new Column(null, firstHeader, width - used, null, null));
        columns.addAll(figures);
    }

    private static List<Column> figureColumns(boolean business) {
        List<Column> columns = new ArrayList<>();
        channel(columns, "Callbacks", RepFigures::callbacks);
        channel(columns, "Emails", RepFigures::emails);
        responseTimes(columns, "Median answer time", ResponseSample::medianSeconds, business);
        responseTimes(columns, "90th percentile", ResponseSample::p90Seconds, business);
        String commitments = "Commitments";
        columns.add(new Column(commitments, "due", 28, f -> String.valueOf(f.commitments().count()), null));
        columns.add(new Column(commitments, "kept", 28, f -> String.valueOf(f.commitments().onTime()), null));
        columns.add(new Column(commitments, "late", 26, f -> String.valueOf(f.commitments().late()), null));
        columns.add(new Column(commitments, "overdue", 36, f -> String.valueOf(f.commitments().openOverdue()),
                null));
        columns.add(new Column(null, "On time\n%", 38, f -> percent(f.onTimePct()), null));
        columns.add(new Column(null, "Escalations\nmade", 46, f -> String.valueOf(f.escalationsOut()), null));
        columns.add(new Column(null, "Inbox\nopen · status", 54,
                f -> f.inbox().openEmails() + " · " + f.inbox().status().label(), PdfTable::inboxNote));
        return columns;
    }

    private static void channel(List<Column> columns, String group, Function<RepFigures, ChannelFigures> channel) {
        Function<RepFigures, Outcomes> outcomes = channel.andThen(ChannelFigures::outcomes);
        columns.add(new Column(group, "received", 34, f -> String.valueOf(outcomes.apply(f).count()), null));
        columns.add(new Column(group, "on time", 32, f -> String.valueOf(outcomes.apply(f).onTime()), null));
        columns.add(new Column(group, "late", 24, f -> String.valueOf(outcomes.apply(f).late()), null));
        columns.add(new Column(group, "overdue", 36, f -> String.valueOf(outcomes.apply(f).openOverdue()), null));
    }

    /** Calendar response times; on the business clock, the business-hours ones on a second line. */
    private static void responseTimes(List<Column> columns, String group, Function<ResponseSample, Long> statistic,
                                      boolean business) {
        columns.add(new Column(group, "callbacks", 46, f -> duration(statistic.apply(f.callbacks().calendar())),
                business ? r -> businessDuration(r.figures().callbacks(), statistic) : null));
        columns.add(new Column(group, "emails", 46, f -> duration(statistic.apply(f.emails().calendar())),
                business ? r -> businessDuration(r.figures().emails(), statistic) : null));
    }

    private static String businessDuration(ChannelFigures figures, Function<ResponseSample, Long> statistic) {
        Long seconds = figures.business() == null ? null : statistic.apply(figures.business());
        return seconds == null ? null : duration(seconds);
    }

    /** "zero 4 d": a synced rep's inbox-zero streak, under their inbox. */
    private static String inboxNote(Row row) {
        return row.mailbox() == null ? null : "zero " + row.mailbox().zeroStreak() + " d";
    }

    /** Makes the rows tall enough for a name on two lines, if one of {@code rows} needs them. */
    void makeRoomForNames(PdfCanvas canvas, List<Row> rows) throws IOException {
        float width = columns.get(0).width() - 2 * PAD;
        for (Row row : rows) {
            PdfCanvas.Type type = new PdfCanvas.Type(row.total(), SMALLEST_NAME, PdfCanvas.INK);
            secondLines |= canvas.width(row.name(), type) > width;
        }
    }

    float headerHeight() {
        return GROUP_ROW + LABEL_ROWS;
    }

    float rowHeight() {
        return secondLines ? 21 : 14;
    }

    /** Draws the two header rows from {@code top} down; returns the y below them. */
    float header(PdfCanvas canvas, float x, float top) throws IOException {
        float width = width();
        canvas.fill(x, top - headerHeight(), width, headerHeight(), HEADER_FILL);
        float left = x;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.group() != null && (i == 0 || !column.group().equals(columns.get(i - 1).group()))) {
                float span = groupWidth(i);
                canvas.textCentred(column.group(), left + span / 2, top - GROUP_ROW + 3, GROUP);
                canvas.line(left + PAD, top - GROUP_ROW, left + span - PAD, top - GROUP_ROW, 0.5f, PdfCanvas.GREY);
            }
            String[] lines = column.label().split("\n");
            float y = top - GROUP_ROW - LABEL_ROWS + 4 + (lines.length - 1) * LINE;
            for (String line : lines) {
                if (i == 0) {
                    canvas.text(line, left + PAD, y, GROUP);
                } else {
                    canvas.textRight(line, left + column.width() - PAD, y, LABEL);
                }
                y -= LINE;
            }
            left += column.width();
        }
        return top - headerHeight();
    }

    /** Draws one body row from {@code top} down, striped when {@code index} is odd; returns the y below it. */
    float row(PdfCanvas canvas, float x, float top, Row row, int index) throws IOException {
        float bottom = top - rowHeight();
        if (row.total()) {
            canvas.line(x, top, x + width(), top, 0.8f, PdfCanvas.INK);
        } else if (index % 2 == 1) {
            canvas.fill(x, bottom, width(), rowHeight(), STRIPE);
        }
        PdfCanvas.Type type = row.total() ? TOTAL : BODY;
        float baseline = top - 10;
        float left = x;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (i == 0) {
                name(canvas, row.name(), left + PAD, baseline, column.width() - 2 * PAD, type);
            } else {
                float right = left + column.width() - PAD;
                canvas.textRight(column.cell().apply(row.figures()), right, baseline, type);
                String second = column.second() == null ? null : column.second().apply(row);
                if (second != null) {
                    canvas.textRight(second, right, baseline - 8, SECOND);
                }
            }
            left += column.width();
        }
        return bottom;
    }

    /**
     * A name whole: on one line, in smaller type if it must, else (where rows have room for a second line) on two;
     * cut with "…" only past that.
     */
    private void name(PdfCanvas canvas, String name, float x, float baseline, float width, PdfCanvas.Type type)
            throws IOException {
        if (canvas.width(name, type) <= width) {
            canvas.text(name, x, baseline, type);
            return;
        }
        PdfCanvas.Type smaller = new PdfCanvas.Type(type.bold(), SMALLEST_NAME, type.color());
        if (canvas.width(name, smaller) <= width) {
            canvas.text(name, x, baseline, smaller);
            return;
        }
        List<String> lines = secondLines ? canvas.wrap(name, width, smaller) : List.of(name);
        if (lines.size() > 2) {
            lines = List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size())));
        }
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(canvas.fit(lines.get(i), width, smaller), x, baseline - i * LINE, smaller);
        }
    }

    float width() {
        return (float) columns.stream().mapToDouble(Column::width).sum();
    }

    private float groupWidth(int first) {
        String group = columns.get(first).group();
        float span = 0;
        for (int i = first; i < columns.size() && group.equals(columns.get(i).group()); i++) {
            span += columns.get(i).width();
        }
        return span;
    }

    /** As the screen shows it: "45 min", "23.9 h", "5 d" (see {@link AnswerTimeText}); "—" for none. */
    static String duration(Long seconds) {
        return seconds == null ? NONE : AnswerTimeText.ofSeconds(seconds);
    }

    static String percent(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

}
