package dev.promptly.reports.export;

import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;

/** The weekly summary as a PDF, one page per team, for the meeting. */
final class PdfReport {

    private PdfReport() {
    }

    static void write(WeeklyReport report, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("PDF export is being written");
    }
}
