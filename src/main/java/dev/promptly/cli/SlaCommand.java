package dev.promptly.cli;

import dev.promptly.sla.Schedule;
import dev.promptly.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sla", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Count business time on a schedule file (see docs/schedules.md).")
final class SlaCommand {

    private final Session session;

    SlaCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Print the instant at which DURATION of open time has elapsed since --from.")
    void add(@Mixin ScheduleOption scheduleFile,
             @Option(names = "--from", required = true, paramLabel = "INSTANT",
                     converter = Converters.InstantConverter.class) Instant from,
             @Option(names = "--duration", required = true, paramLabel = "DURATION",
                     converter = Converters.DurationConverter.class) Duration duration) {
        if (duration.isNegative()) {
            throw new InvalidInputException("--duration must not be negative: " + duration);
        }
        Schedule schedule = scheduleFile.read();
        session.out().println(Times.iso(schedule.add(from, duration), schedule.zone()));
    }

    @Command(name = "elapsed", mixinStandardHelpOptions = true,
            description = "Print the open time between --from and --to, in whole seconds (0 when --to is not later).")
    void elapsed(@Mixin ScheduleOption scheduleFile,
                 @Option(names = "--from", required = true, paramLabel = "INSTANT",
                         converter = Converters.InstantConverter.class) Instant from,
                 @Option(names = "--to", required = true, paramLabel = "INSTANT",
                         converter = Converters.InstantConverter.class) Instant to) {
        session.out().println(scheduleFile.read().elapsed(from, to).toSeconds());
    }

    @Command(name = "next-open", mixinStandardHelpOptions = true,
            description = "Print --at itself when the schedule is open then, otherwise the next opening.")
    void nextOpen(@Mixin ScheduleOption scheduleFile,
                  @Option(names = "--at", required = true, paramLabel = "INSTANT",
                          converter = Converters.InstantConverter.class) Instant at) {
        Schedule schedule = scheduleFile.read();
        session.out().println(Times.iso(schedule.nextOpen(at), schedule.zone()));
    }
}
