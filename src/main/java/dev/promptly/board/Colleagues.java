package dev.promptly.board;

import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import dev.promptly.sla.ItemState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people work can be handed to, grouped by team, each with their open and overdue items. The counts come from
 * one read of every open item, not one per person, so the list opens as fast for forty people as for four.
 */
public final class Colleagues {

    private static final Comparator<Colleague> BY_TEAM_THEN_NAME = Comparator
            .comparing((Colleague c) -> c.team().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(c -> c.rep().name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(c -> c.rep().id());

    private final ItemService items;
    private final PeopleService people;

    public Colleagues(ItemService items, PeopleService people) {
        this.items = items;
        this.people = people;
    }

    /**
     * Everyone but the reps in {@code except}, with their load at {@code at}: the team {@code firstTeamId} (the one
     * the work belongs to; none when null) first, so the first name a keyboard reaches is a teammate's rather than
     * someone's in a team that sorts earlier; then the other teams by name; by name within a team.
     */
    public List<Colleague> except(Set<Long> except, Long firstTeamId, Instant at) {
        Comparator<Colleague> order = Comparator.comparing((Colleague c) -> !java.util.Objects.equals(
                c.rep().teamId(), firstTeamId)).thenComparing(BY_TEAM_THEN_NAME);
        List<Rep> reps = people.reps().stream().filter(r -> !except.contains(r.id())).toList();
        Map<Long, String> teamNames = people.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        // On a team store reps and leads see their own team's items only: other teams' counts would read 0.
        Long visibleTeam = items.signedIn().filter(SignedIn::seesOnlyOwnTeam)
                .map(me -> me.rep() == null ? -1L : me.rep().teamId()).orElse(null);
        Set<Long> ids = reps.stream().filter(r -> visibleTeam == null || r.teamId() == visibleTeam)
                .map(Rep::id).collect(Collectors.toSet());
        Map<Long, int[]> load = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ItemView view : items.queue(ids, at)) {
                int[] counts = load.computeIfAbsent(view.owner().id(), id -> new int[2]);
                counts[0]++;
                counts[1] += view.state() == ItemState.OVERDUE ? 1 : 0;
            }
        }
        return reps.stream().map(rep -> {
            int[] counts = load.getOrDefault(rep.id(), new int[2]);
            boolean visible = ids.contains(rep.id());
            return new Colleague(rep, teamNames.getOrDefault(rep.teamId(), ""), visible ? counts[0] : null,
                    visible ? counts[1] : null);
        }).sorted(order).toList();
    }
}
