package dev.promptly.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** {@code --at T}: the instant an action happened, or the instant a listing shows things as they stood. */
final class AtOption {

    @Option(names = "--at", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "ISO-8601 time with offset (default: now).")
    Instant at;
}
