package dev.promptly.ui.shell;

import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines of "Who are you?": each team's name, then its people by name, narrowed to what was typed in the search
 * (a part of a name, an email or a team's name, ignoring case). Teams with nobody left are not shown.
 */
final class ProfileChoices {

    /** A team's heading ({@code rep} null) or a person under it. */
    record Line(String team, Rep rep) {

        boolean isHeading() {
            return rep == null;
        }
    }

    private ProfileChoices() {
    }

    static List<Line> lines(List<Team> teams, List<Rep> reps, String search) {
        String typed = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Map<Long, List<Rep>> byTeam = reps.stream().collect(Collectors.groupingBy(Rep::teamId));
        List<Line> lines = new ArrayList<>();
        teams.stream().sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT))).forEach(team -> {
            boolean teamMatches = contains(team.name(), typed);
            List<Rep> shown = byTeam.getOrDefault(team.id(), List.of()).stream()
                    .filter(rep -> teamMatches || contains(rep.name(), typed) || contains(rep.email(), typed))
                    .sorted(Comparator.comparing((Rep r) -> r.name().toLowerCase(Locale.ROOT)))
                    .toList();
            if (!shown.isEmpty()) {
                lines.add(new Line(team.name(), null));
                shown.forEach(rep -> lines.add(new Line(team.name(), rep)));
            }
        });
        return lines;
    }

    private static boolean contains(String text, String typed) {
        return typed.isEmpty() || text.toLowerCase(Locale.ROOT).contains(typed);
    }
}
