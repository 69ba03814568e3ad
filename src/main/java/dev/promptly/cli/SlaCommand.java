package dev.promptly.cli;

import dev.promptly.sla.Schedule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sla", mixinStandardHelpOptions = true,
        description = "Count business time on a schedule file (see docs/schedules.md).")
final class SlaCommand {

    private final Session session;

    SlaCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Print the instant at which DURATION of open time has elapsed since --from.")
    void add(@Option(names = "--schedule", required = true, paramLabel = "FILE") Path file,
             @Option(names = "--from", required = true, paramLabel = "INSTANT",
                     converter = Converters.InstantConverter.class) Instant from,
             @Option(names = "--duration", required = true, paramLabel = "DURATION",
                     converter = Converters.DurationConverter.class) Duration duration) {
        Schedule schedule = ScheduleFiles.read(file);
        if (duration.isNegative()) {
            throw new dev.promptly.common.InvalidInputException("--duration must not be negative: " + duration);
        }
        session.out().println(Times.iso(schedule.add(from, duration), schedule.zone()));
    }

    @Command(name = "elapsed", mixinStandardHelpOptions = true,
            description = "Print the open time between --from and --to, in whole seconds (0 when --to is not later).")
    void elapsed(@Option(names = "--schedule", required = true, paramLabel = "FILE") Path file,
                 @Option(names = "--from", required = true, paramLabel = "INSTANT",
                         converter = Converters.InstantConverter.class) Instant from,
                 @Option(names = "--to", required = true, paramLabel = "INSTANT",
                         converter = Converters.InstantConverter.class) Instant to) {
        session.out().println(ScheduleFiles.read(file).elapsed(from, to).toSeconds());
    }

    @Command(name = "next-open", mixinStandardHelpOptions = true,
            description = "Print --at itself when the schedule is open then, otherwise the next opening.")
    void nextOpen(@Option(names = "--schedule", required = true, paramLabel = "FILE") Path file,
                  @Option(names = "--at", required = true, paramLabel = "INSTANT",
                          converter = Converters.InstantConverter.class) Instant at) {
        Schedule schedule = ScheduleFiles.read(file);
        session.out().println(Times.iso(schedule.nextOpen(at), schedule.zone()));
    }
}
