package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Team;
import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.reports.export.ReportExport;
import dev.promptly.reports.export.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports for managers.",
        subcommands = ReportCommand.Weekly.class)
final class ReportCommand {

    @Command(name = "weekly", mixinStandardHelpOptions = true,
            description = {"The weekly responsiveness summary of a team, or of all teams.",
                "Per rep and in total, with the on-time trend of the last 8 weeks. Definitions: docs/metrics.md."})
    static final class Weekly implements Runnable {

        private final Session session;

        @Option(names = "--week", paramLabel = "YYYY-Www",
                description = "ISO week, such as 2026-W47 (default: the week containing --at).")
        String week;

        @Option(names = "--team", paramLabel = "NAME",
                description = "One team (default: all teams, each counted in its own time zone's week; a rep's "
                        + "or lead's own team on a team server).")
        String team;

        @Mixin
        AtOption at;

        @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.ReportFormatConverter.class,
                description = "json, csv, xlsx or pdf (default: from the --out file's extension, else json).")
        ReportFormat format;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
                description = "The file to write, replaced whole; - for standard output (json and csv only; the "
                        + "default).")
        String out;

        Weekly(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            ReportFormat chosen = format != null ? format : fromExtension(out);
            boolean toStandardOutput = "-".equals(out);
            if (toStandardOutput && chosen.binary()) {
                throw new InvalidInputException(chosen.label() + " cannot go to standard output; give --out FILE");
            }
            Path target = toStandardOutput ? null : Path.of(out);
            if (target != null) {
                Path folder = target.toAbsolutePath().getParent();
                if (folder == null || !Files.isDirectory(folder)) {
                    throw new InvalidInputException("the folder " + folder + " does not exist");
                }
            }
            var context = session.context();
            Team chosenTeam = session.teamOrOwn(team);
            session.requireMayView(chosenTeam, "the weekly summary");
            Instant asOf = session.at(at.at);
            String label = week != null ? Week.parse(week, ZoneOffset.UTC).label()
                    : Week.containing(asOf, chosenTeam == null ? ZoneOffset.UTC : chosenTeam.zone()).label();
            WeeklyReport report = context.reports().report(chosenTeam, label, asOf);
            try {
                if (target == null) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    ReportExport.write(report, chosen, bytes);
                    session.out().print(bytes.toString(StandardCharsets.UTF_8));
                    session.out().flush();
                } else {
                    ReportExport.toFile(report, chosen, target);
                    session.say("Wrote the " + label + " summary of " + report.title() + " to "
                            + target.toAbsolutePath());
                }
            } catch (IOException e) {
                throw new InvalidInputException("could not write " + out + ": " + e.getMessage());
            }
        }

        private static ReportFormat fromExtension(String file) {
            String lower = file.toLowerCase(Locale.ROOT);
            for (ReportFormat f : ReportFormat.values()) {
                if (lower.endsWith("." + f.extension())) {
                    return f;
                }
            }
            return ReportFormat.JSON;
        }
    }
}
