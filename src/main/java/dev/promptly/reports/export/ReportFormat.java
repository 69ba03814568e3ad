package dev.promptly.reports.export;

import dev.promptly.common.Labeled;

/** The forms a weekly summary can be exported in. */
public enum ReportFormat implements Labeled {
    JSON("json", "json", false),
    CSV("csv", "csv", false),
    XLSX("xlsx", "xlsx", true),
    PDF("pdf", "pdf", true);

    private final String label;
    private final String extension;
    private final boolean binary;

    ReportFormat(String label, String extension, boolean binary) {
        this.label = label;
        this.extension = extension;
        this.binary = binary;
    }

    @Override
    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** Binary forms cannot go to a terminal. */
    public boolean binary() {
        return binary;
    }
}
