package dev.promptly.reports.export;

import dev.promptly.common.OwnerOnlyFiles;
import dev.promptly.reports.WeeklyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writes a weekly summary in any {@link ReportFormat}; to a file, only ever whole and readable by its owner only. */
public final class ReportExport {

    private ReportExport() {
    }

    public static void write(WeeklyReport report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> JsonReport.write(report, out);
            case CSV -> CsvReport.write(report, out);
            case XLSX -> XlsxReport.write(report, out);
            case PDF -> PdfReport.write(report, out);
        }
    }

    /**
     * Writes to a temporary file beside {@code target} and moves it into place, so a failed export leaves the
     * previous file (or none), never half a file.
     */
    public static void toFile(WeeklyReport report, ReportFormat format, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Owner-only from its creation, like the store: a report names customers and how each rep did. The move
        // keeps these permissions, also when it replaces an earlier export that others could read.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = OwnerOnlyFiles.create(temporary)) {
                write(report, format, out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
