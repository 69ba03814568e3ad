package dev.promptly.cli;

import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.time.Duration;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "teams", description = "Add and list teams.", mixinStandardHelpOptions = true,
        subcommandsRepeatable = false)
final class TeamsCommand {

    private final Session session;

    TeamsCommand(Session session) {
        this.session = session;
    }

    @Command(name = "add", description = "Add a team with its time zone and response policy.",
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
        session.out().println("Added team " + team.name() + " (" + team.zone() + ", target " + target
                + ", due soon " + dueSoon + ")");
    }

    @Command(name = "list", description = "List the teams.", mixinStandardHelpOptions = true)
    void list(@Mixin FormatOption format) {
        Listing listing = new Listing("id", "name", "zone", "target", "due_soon");
        for (Team team : session.context().people().teams()) {
            listing.row(team.id(), team.name(), team.zone().getId(), team.policy().target().toString(),
                    team.policy().dueSoon().toString());
        }
        listing.print(session.out(), format.format);
    }
}
