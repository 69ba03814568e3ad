package dev.promptly.reports.export;

import dev.promptly.reports.RepFigures;
import dev.promptly.reports.Trend;
import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The weekly summary as a PDF for the team meeting: A4 landscape, a page per team (and, for several teams, an
 * overview first), each with the week, the figures table, the eight-week trend and the alert if there is one.
 */
final class PdfReport {

    private static final String TITLE = ReportTitles.TITLE;

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 24;
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 40;
    private static final float TREND_GAP = 14;
    private static final float CHART_HEIGHT = 150;
    private static final float CHART_HEIGHT_MAX = 240;
    private static final float CHART_GAP = 30;
    private static final float READING_LINE = 9f;

    private static final PdfCanvas.Type HEADING = new PdfCanvas.Type(true, 18, PdfCanvas.INK);
    private static final PdfCanvas.Type WHEN = new PdfCanvas.Type(false, 9.5f, new Color(0x49, 0x50, 0x57));
    private static final PdfCanvas.Type SECTION = new PdfCanvas.Type(true, 10.5f, PdfCanvas.INK);
    private static final PdfCanvas.Type FIGURE = new PdfCanvas.Type(false, 9, PdfCanvas.INK);
    private static final PdfCanvas.Type FIGURE_BOLD = new PdfCanvas.Type(true, 9, PdfCanvas.INK);
    private static final PdfCanvas.Type NOTE = new PdfCanvas.Type(false, 7.5f, PdfCanvas.GREY);
    /** The how-to-read text: in full ink, as it must survive a photocopier. */
    private static final PdfCanvas.Type READING = new PdfCanvas.Type(false, 7.5f, PdfCanvas.INK);
    private static final PdfCanvas.Type ALERT = new PdfCanvas.Type(true, 10, PdfChart.ALERT);
    private static final Color ALERT_FILL = new Color(0xFD, 0xEC, 0xEA);


    private static final List<String> HOW_TO_READ = List.of(
            "On time: answered, or kept, by the due time, or by the later time the customer was told in time.",
            "Overdue: not answered (or, for a commitment, not kept) as of the time above, and past its due time.",
            "On time %: on-time callbacks, emails and kept commitments of all those decided; pending ones do not "
                    + "count.",
            "Answer times: calendar time from receipt to the answer, for those answered: 45 min, 23.9 h (hours and "
                    + "tenths), 5 d from 100 hours on.",
            "The dashed line: 10 points below the mean of the previous four weeks; an on-time rate at or below it "
                    + "raises the alert.",
            "Inbox: open emails at the end of the week: zero, few (1 to 5, none overdue) or over; under it, for a "
                    + "synced mailbox, the days in a row it ended at inbox zero.");

    /** What one page (or run of pages) shows: the whole report, or one team. */
    private record Section(String name, String when, String firstHeader, List<PdfTable.Row> rows, boolean business,
                           Trend trend, RepFigures total) {
    }

    private PdfReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, report);
            PdfCanvas.Fonts fonts = PdfCanvas.Fonts.load(document);
            try (Pages pages = new Pages(document, fonts)) {
                if (report.team() == null && report.teams().size() != 1) {
                    draw(pages, overview(report));
                }
                for (WeeklyReport.TeamWeek team : report.teams()) {
                    draw(pages, team(report, team));
                }
            }
            footers(document, fonts);
            document.save(out);
        }
    }

    private static void describe(PDDocument document, WeeklyReport report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE + report.title() + ", " + report.week());
        info.setSubject("Callbacks, emails and commitments answered on time, week " + report.week() + ", as of "
                + report.asOf());
        info.setCreator("Promptly");
    }

    private static Section overview(WeeklyReport report) {
        List<PdfTable.Row> rows = new ArrayList<>();
        report.teams().forEach(t -> rows.add(new PdfTable.Row(t.team().name(), t.total(), null, false)));
        rows.add(new PdfTable.Row("All teams", report.total(), null, true));
        String when = ReportTitles.whenAllTeams(report);
        return new Section("All teams", when, "Team", rows, onBusinessClock(report.total()), report.trend(),
                report.total());
    }

    private static Section team(WeeklyReport report, WeeklyReport.TeamWeek team) {
        List<PdfTable.Row> rows = new ArrayList<>();
        team.reps().forEach(r -> rows.add(new PdfTable.Row(r.rep().name(), r.figures(), r.mailbox(), false)));
        rows.add(new PdfTable.Row("Team total", team.total(), null, true));
        return new Section(team.team().name(), when(team.week(), report), "Rep", rows, onBusinessClock(team.total()),
                team.trend(), team.total());
    }

    /** Business-hours times exist only where every rep counted is on the business clock. */
    private static boolean onBusinessClock(RepFigures total) {
        return total.callbacks().business() != null;
    }

    private static String when(Week week, WeeklyReport report) {
        return ReportTitles.when(week, report);
    }

    private static void draw(Pages pages, Section section) throws IOException {
        heading(pages, section, false);
        Trend trend = section.trend();
        if (trend.alert()) {
            alert(pages, trend);
        }
        PdfTable table = new PdfTable(section.firstHeader(), CONTENT_WIDTH, section.business(),
                section.rows().stream().anyMatch(r -> r.mailbox() != null));
        table.makeRoomForNames(pages.canvas, section.rows());
        pages.y = table.header(pages.canvas, MARGIN, pages.y - 6);
        List<PdfTable.Row> rows = section.rows();
        for (int i = 0; i < rows.size(); i++) {
            // The last rep moves over with the total, so a total never stands alone at the top of a page.
            int keepTogether = i == rows.size() - 2 ? 2 : 1;
            if (pages.y - keepTogether * table.rowHeight() < BOTTOM) {
                heading(pages, section, true);
                pages.y = table.header(pages.canvas, MARGIN, pages.y - 6);
            }
            pages.y = table.row(pages.canvas, MARGIN, pages.y, rows.get(i), i);
        }
        if (section.business()) {
            pages.canvas.text("Answer times in calendar time; the grey line under each is the same in business "
                    + "hours only, as the team's clock counts them.", MARGIN, pages.y - 11, NOTE);
            pages.y -= 12;
        }
        float readingHeight = readingHeight(pages.canvas);
        if (pages.y - TREND_GAP - CHART_HEIGHT - readingHeight < BOTTOM) {
            heading(pages, section, true);
        }
        charts(pages, section, readingHeight);
    }

    /** Starts a page with the title and the week; a continuation page says so. */
    private static void heading(Pages pages, Section section, boolean continued) throws IOException {
        pages.next();
        float top = PAGE.getHeight() - MARGIN;
        String title = TITLE + section.name();
        String suffix = continued ? " (continued)" : "";
        PdfCanvas canvas = pages.canvas;
        canvas.text(canvas.fit(title, CONTENT_WIDTH - canvas.width(suffix, HEADING), HEADING) + suffix, MARGIN,
                top - 16, HEADING);
        canvas.text(section.when(), MARGIN, top - 33, WHEN);
        pages.y = top - 44;
    }

    private static void alert(Pages pages, Trend trend) throws IOException {
        String text = "Alert: on time " + percentSign(trend.current().onTimePct()) + " this week, "
                + "10 points or more below the previous four weeks' " + percentSign(trend.previousMean());
        float height = 22;
        float bottom = pages.y - height;
        pages.canvas.fill(MARGIN, bottom, CONTENT_WIDTH, height, ALERT_FILL);
        pages.canvas.fill(MARGIN, bottom, 4, height, PdfChart.ALERT);
        pages.canvas.text(text, MARGIN + 12, bottom + 7.5f, ALERT);
        pages.y = bottom - 8;
    }

    /**
     * The two charts side by side (the on-time trend, how long answers took), as tall as the page allows; under the
     * trend the figures it shows, under the answer times how to read the table.
     */
    private static void charts(Pages pages, Section section, float readingHeight) throws IOException {
        PdfCanvas canvas = pages.canvas;
        Trend trend = section.trend();
        float top = pages.y - TREND_GAP;
        // Taller when the table leaves room: a chart read across a meeting table cannot be too big.
        float height = Math.min(CHART_HEIGHT_MAX, Math.max(CHART_HEIGHT, top - BOTTOM - readingHeight));
        float half = (CONTENT_WIDTH - CHART_GAP) / 2;
        canvas.text("On-time rate, last " + trend.points().size() + " weeks", MARGIN, top - 10, SECTION);
        PdfChart.draw(canvas, trend, MARGIN, top - height, half, height - 22);
        float right = MARGIN + half + CHART_GAP;
        canvas.text("How long answers took", right, top - 10, SECTION);
        PdfAnswerChart.draw(canvas, section.total().callbacks().calendar(), section.total().emails().calendar(),
                right, top - height, half, height - 22);
        float y = top - height - 14;
        float figuresWidth = half * 0.8f;
        Double now = trend.current().onTimePct();
        Double before = trend.previousMean();
        float below = y;
        below = figure(canvas, "On time this week", percentSign(now), MARGIN, figuresWidth, below);
        below = figure(canvas, "Previous four weeks (mean)", percentSign(before), MARGIN, figuresWidth, below);
        String change = now == null || before == null ? PdfTable.NONE
                : String.format(Locale.ROOT, "%+.1f points", now - before).replace('-', '−');
        figure(canvas, "Change", change, MARGIN, figuresWidth, below);
        canvas.text("How to read the table", right, y, FIGURE_BOLD);
        y -= 11;
        for (String line : HOW_TO_READ) {
            for (String part : canvas.wrap(line, half, READING)) {
                canvas.text(part, right, y, READING);
                y -= READING_LINE;
            }
            y -= 1.5f;
        }
        pages.y = y;
    }

    /** The room the text under the charts takes. */
    private static float readingHeight(PdfCanvas canvas) throws IOException {
        float half = (CONTENT_WIDTH - CHART_GAP) / 2;
        float height = 14 + 11;
        for (String line : HOW_TO_READ) {
            height += canvas.wrap(line, half, READING).size() * READING_LINE + 1.5f;
        }
        return height;
    }

    private static String percentSign(Double value) {
        return value == null ? PdfTable.NONE : PdfTable.percent(value) + " %";
    }

    private static float figure(PdfCanvas canvas, String label, String value, float x, float width, float y)
            throws IOException {
        canvas.text(label, x, y, FIGURE);
        canvas.textRight(value, x + width, y, FIGURE_BOLD);
        canvas.line(x, y - 4, x + width, y - 4, 0.4f, PdfCanvas.RULE);
        return y - 16;
    }

    /** Added once every page exists, for the page count. */
    private static void footers(PDDocument document, PdfCanvas.Fonts fonts) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PdfCanvas canvas = new PdfCanvas(document, document.getPage(i), fonts, true)) {
                canvas.line(MARGIN, 30, MARGIN + CONTENT_WIDTH, 30, 0.4f, PdfCanvas.RULE);
                canvas.text("Definitions: docs/metrics.md · Generated by Promptly", MARGIN, 20, NOTE);
                canvas.textRight("Page " + (i + 1) + " of " + count, MARGIN + CONTENT_WIDTH, 20, NOTE);
            }
        }
    }

    /** The page being drawn on and how far down it is filled. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument document;
        private final PdfCanvas.Fonts fonts;
        private PdfCanvas canvas;
        private float y;

        Pages(PDDocument document, PdfCanvas.Fonts fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void next() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            canvas = new PdfCanvas(document, page, fonts, false);
        }

        @Override
        public void close() throws IOException {
            if (canvas != null) {
                canvas.close();
                canvas = null;
            }
        }
    }
}
