package dev.promptly.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that print a summary of what they did (imports, syncs). */
final class SummaryFormatOption {

    enum SummaryFormat { TEXT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    SummaryFormat format;

    boolean json() {
        return format == SummaryFormat.JSON;
    }
}
