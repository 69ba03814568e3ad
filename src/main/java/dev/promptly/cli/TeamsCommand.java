package dev.promptly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.AppContext;
import dev.promptly.common.ControlCharacters;
import dev.promptly.items.DueTimeChange;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleFormat;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "teams", description = "Add, list and show teams; set and apply their response policy.",
        mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class TeamsCommand {


    private final Session session;

    TeamsCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", description = "Add a team with its time zone and a calendar-clock response policy.",
            mixinStandardHelpOptions = true)
    void add(@Parameters(paramLabel = "NAME", description = "The team's name, unique.") String name,
             @Option(names = "--zone", required = true, paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
                     description = "The team's time zone, e.g. Europe/Berlin.") ZoneId zone,
             @Option(names = "--target", paramLabel = "DURATION", defaultValue = "PT24H",
                     converter = Converters.DurationConverter.class,
                     description = "How long an item may wait for an answer (default: ${DEFAULT-VALUE}).")
             Duration target,
             @Option(names = "--due-soon", paramLabel = "DURATION", defaultValue = "PT4H",
                     converter = Converters.DurationConverter.class,
                     description = "How long before its due time an item counts as due soon (default: ${DEFAULT-VALUE}).")
             Duration dueSoon) {
        Team team = session.context().people().addTeam(name, zone, new ResponsePolicy(target, dueSoon));
        session.say("Added team " + team.name() + " (" + team.zone() + ", target " + target
                + ", due soon " + dueSoon + ")");
    }

    @Command(name = "list", description = "List the teams.", mixinStandardHelpOptions = true)
    void list(@Mixin FormatOption format) {
        Listing listing = new Listing("id", "name", "zone", "clock", "target", "due_soon");
        for (Team team : session.context().people().teams()) {
            ResponsePolicy policy = team.policy();
            listing.row(team.id(), team.name(), team.zone().getId(), policy.clock().label(),
                    policy.target().toString(), policy.dueSoon().toString());
        }
        listing.print(session.out(), format.format);
    }

    @Command(name = "set-policy", mixinStandardHelpOptions = true,
            description = {"Set how the team's response target is counted.",
                "Applies to items received from now on; run 'teams recalculate' to move open items too."})
    void setPolicy(@Parameters(paramLabel = "TEAM") String name,
                   @Option(names = "--clock", required = true, paramLabel = "CLOCK",
                           converter = Converters.ClockConverter.class,
                           description = "calendar (every hour counts) or business (only the schedule's open hours).")
                   ClockKind clock,
                   @Option(names = "--target", required = true, paramLabel = "DURATION",
                           converter = Converters.DurationConverter.class,
                           description = "ISO-8601, e.g. PT24H, or PT8H for one working day.") Duration target,
                   @Option(names = "--due-soon", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
                           description = "Counted on the same clock (default: keep the current one).") Duration dueSoon,
                   @Option(names = "--schedule", paramLabel = "FILE",
                           description = "Open hours as JSON (docs/schedules.md); default: keep the current one.")
                   Path scheduleFile) {
        var people = session.context().people();
        Team team = people.team(name);
        Schedule schedule = scheduleFile != null ? ScheduleFiles.read(scheduleFile) : team.policy().schedule();
        ResponsePolicy policy = new ResponsePolicy(clock, target,
                dueSoon != null ? dueSoon : team.policy().dueSoon(), schedule);
        Team updated = people.setPolicy(team, policy);
        session.say("Team " + updated.name() + ": target " + target + " on the " + clock.label()
                + " clock, due soon " + policy.dueSoon() + ". Items already open keep their due times; "
                + "'promptly teams recalculate \"" + updated.name() + "\"' moves them.");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a team's response policy and schedule.")
    void show(@Parameters(paramLabel = "TEAM") String name, @Mixin FormatOption format) {
        Team team = session.context().people().team(name);
        ResponsePolicy policy = team.policy();
        PrintWriter out = session.out();
        if (format.format == OutputFormat.TABLE) {
            out.println("Team:      " + ControlCharacters.escaped(team.name()));
            out.println("Zone:      " + team.zone().getId());
            out.println("Clock:     " + policy.clock().label());
            out.println("Target:    " + policy.target());
            out.println("Due soon:  " + policy.dueSoon());
            out.println("Schedule:  " + (policy.schedule() == null ? "none" : ""));
            if (policy.schedule() != null) {
                ScheduleText.lines(policy.schedule())
                        .forEach(line -> out.println("  " + ControlCharacters.escaped(line)));
            }
            out.flush();
            return;
        }
        if (format.format == OutputFormat.CSV) {
            new Listing("name", "zone", "clock", "target", "due_soon", "schedule")
                    .row(team.name(), team.zone().getId(), policy.clock().label(), policy.target().toString(),
                            policy.dueSoon().toString(), policy.schedule() == null ? null
                                    : ScheduleFormat.write(policy.schedule()))
                    .print(out, OutputFormat.CSV);
            return;
        }
        ObjectNode object = JsonOutput.object();
        object.put("name", team.name()).put("zone", team.zone().getId()).put("clock", policy.clock().label())
                .put("target", policy.target().toString()).put("due_soon", policy.dueSoon().toString());
        try {
            object.set("schedule", policy.schedule() == null ? null
                    : JsonOutput.MAPPER.readTree(ScheduleFormat.write(policy.schedule())));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonOutput.print(out, object);
    }

    @Command(name = "recalculate", mixinStandardHelpOptions = true,
            description = {"Move the due times of the team's open callbacks and emails to what the current policy gives.",
                "Each move is recorded in the item's history at --at; the list of what moved is printed."})
    void recalculate(@Parameters(paramLabel = "TEAM") String name, @Mixin AtOption at, @Mixin FormatOption format) {
        AppContext context = session.context();
        Team team = context.people().team(name);
        List<DueTimeChange> changes = context.items().recalculate(team, session.at(at.at));
        Listing listing = new Listing("id", "kind", "rep", "customer", "received_at", "due_was", "due_now", "moved_s");
        for (DueTimeChange change : changes) {
            var view = change.item();
            listing.row(view.item().id(), view.item().kind().label(), view.owner().email(), ItemColumns.customer(view),
                    ItemColumns.time(view, view.item().receivedAt()), ItemColumns.time(view, change.from()),
                    ItemColumns.time(view, change.to()), change.moved().toSeconds());
        }
        listing.print(session.out(), format.format);
    }
}
