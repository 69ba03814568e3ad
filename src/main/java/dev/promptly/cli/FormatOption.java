package dev.promptly.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json}, shared by every listing. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Converters.FormatConverter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
