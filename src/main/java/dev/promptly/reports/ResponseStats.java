package dev.promptly.reports;

import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts what became of each owner's items in a week, as of an instant; the board and the reports share it. */
public final class ResponseStats {

    private final ItemService items;

    public ResponseStats(ItemService items) {
        this.items = items;
    }

    /**
     * Each owner's week (owners as of {@code asOf}): callbacks and emails received in it, and commitments and
     * follow-ups due in it. Items received after {@code asOf} do not exist yet, and later events have not happened.
     */
    public Map<Long, ResponseWeek> byOwner(Set<Long> ownerIds, Week week, Instant asOf) {
        Map<Long, Map<ItemKind, List<Item>>> grouped = new HashMap<>();
        for (Item item : items.itemsAsOf(ItemQuery.received(ownerIds, null, week.start(), week.end(), asOf))) {
            if (item.kind().isDueByTarget()) {
                add(grouped, item);
            }
        }
        for (Item item : items.itemsAsOf(ItemQuery.due(ownerIds, null, week.start(), week.end(), asOf))) {
            if (!item.kind().isDueByTarget()) {
                add(grouped, item);
            }
        }
        Map<Long, ResponseWeek> result = new HashMap<>();
        grouped.forEach((owner, byKind) -> result.put(owner, new ResponseWeek(
                Outcomes.of(byKind.getOrDefault(ItemKind.CALLBACK, List.of()), asOf),
                Outcomes.of(byKind.getOrDefault(ItemKind.EMAIL, List.of()), asOf),
                Outcomes.of(byKind.getOrDefault(ItemKind.COMMITMENT, List.of()), asOf)
                        .plus(Outcomes.of(byKind.getOrDefault(ItemKind.FOLLOW_UP, List.of()), asOf)))));
        return result;
    }

    private static void add(Map<Long, Map<ItemKind, List<Item>>> grouped, Item item) {
        grouped.computeIfAbsent(item.ownerId(), k -> new HashMap<>())
                .computeIfAbsent(item.kind(), k -> new ArrayList<>())
                .add(item);
    }

    /** The owners' week added up: a team's figures. */
    public ResponseWeek total(Set<Long> ownerIds, Week week, Instant asOf) {
        return byOwner(ownerIds, week, asOf).values().stream().reduce(ResponseWeek.NONE, ResponseWeek::plus);
    }

    /** The on-time rate of {@code weeks} weeks ending with the one containing {@code asOf}, oldest first. */
    public Trend trend(Set<Long> ownerIds, Week current, int weeks, Instant asOf) {
        List<Trend.Point> points = new ArrayList<>();
        Week week = current;
        for (int i = 0; i < weeks; i++) {
            points.add(0, new Trend.Point(week, total(ownerIds, week, asOf).onTimePct()));
            week = week.previous();
        }
        return new Trend(points);
    }
}
