package dev.promptly.cli;

import dev.promptly.sla.Schedule;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --schedule FILE}, shared by the {@code sla} commands. */
final class ScheduleOption {

    @Option(names = "--schedule", required = true, paramLabel = "FILE",
            description = "Open hours as JSON (docs/schedules.md).")
    Path file;

    Schedule read() {
        return ScheduleFiles.read(file);
    }
}
