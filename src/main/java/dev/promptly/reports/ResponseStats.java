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
    private final SettledCounts settled;

    public ResponseStats(ItemService items, SettledCounts settled) {
        this.items = items;
        this.settled = settled;
    }

    /**
     * Each owner's week (owners as of {@code asOf}): callbacks and emails received in it, and commitments and
     * follow-ups due in it. Items received after {@code asOf} do not exist yet, and later events have not happened.
     * The store counts the items that did not change after {@code asOf}; the rest are replayed and counted here.
     */
    public Map<Long, ResponseWeek> byOwner(Set<Long> ownerIds, Week week, Instant asOf) {
        Map<Long, Map<ItemKind, Outcomes>> counts = new HashMap<>();
        for (SettledCounts.Row row : settled.received(ownerIds, week.start(), week.end(), asOf)) {
            add(counts, row.ownerId(), row.kind(), row.outcomes());
        }
        for (SettledCounts.Row row : settled.due(ownerIds, week.start(), week.end(), asOf)) {
            add(counts, row.ownerId(), row.kind(), row.outcomes());
        }
        List<Item> changedLater = new ArrayList<>();
        changedLater.addAll(items.itemsAsOf(ItemQuery.received(ownerIds, null, week.start(), week.end(), asOf)
                .changedLaterOnly()).stream().filter(i -> i.kind().isDueByTarget()).toList());
        changedLater.addAll(items.itemsAsOf(ItemQuery.due(ownerIds, null, week.start(), week.end(), asOf)
                .changedLaterOnly()).stream().filter(i -> !i.kind().isDueByTarget()).toList());
        for (Item item : changedLater) {
            add(counts, item.ownerId(), item.kind(), Outcomes.of(List.of(item), asOf));
        }
        Map<Long, ResponseWeek> result = new HashMap<>();
        counts.forEach((owner, byKind) -> result.put(owner, new ResponseWeek(
                byKind.getOrDefault(ItemKind.CALLBACK, Outcomes.NONE),
                byKind.getOrDefault(ItemKind.EMAIL, Outcomes.NONE),
                byKind.getOrDefault(ItemKind.COMMITMENT, Outcomes.NONE)
                        .plus(byKind.getOrDefault(ItemKind.FOLLOW_UP, Outcomes.NONE)))));
        return result;
    }

    private static void add(Map<Long, Map<ItemKind, Outcomes>> counts, long owner, ItemKind kind, Outcomes outcomes) {
        counts.computeIfAbsent(owner, k -> new HashMap<>()).merge(kind, outcomes, Outcomes::plus);
    }

    /**
     * The callbacks and emails received in the week and answered by {@code asOf}, owned by {@code ownerIds} as of
     * {@code asOf}, with when each was answered.
     */
    public List<Answer> answered(Set<Long> ownerIds, Week week, Instant asOf) {
        List<Answer> answers = new ArrayList<>(settled.answered(ownerIds, week.start(), week.end(), asOf));
        for (Item item : items.itemsAsOf(ItemQuery.received(ownerIds, null, week.start(), week.end(), asOf)
                .changedLaterOnly())) {
            Instant answeredAt = item.progress().resolvedAt();
            if (item.kind().isDueByTarget() && answeredAt != null) {
                answers.add(new Answer(item.ownerId(), item.kind(), item.receivedAt(), answeredAt));
            }
        }
        return answers;
    }

    /**
     * The owners' figures of {@code weeks} weeks ending with {@code current} (whose figures are given), oldest first.
     * The earlier weeks are counted together, a few queries for all of them: over a link to a team's server each
     * query is a round trip.
     */
    public List<ResponseWeek> totals(Set<Long> ownerIds, Week current, ResponseWeek currentFigures, int weeks,
                                     Instant asOf) {
        List<Week> earlier = new ArrayList<>();
        for (Week week = current.previous(); earlier.size() < weeks - 1; week = week.previous()) {
            earlier.add(0, week);
        }
        List<ResponseWeek> totals = new ArrayList<>(totalsOf(ownerIds, earlier, asOf));
        totals.add(currentFigures);
        return totals;
    }

    /** The owners' figures of each of {@code weeks}, consecutive and oldest first, added up over the owners. */
    public List<ResponseWeek> totalsOf(Set<Long> ownerIds, List<Week> weeks, Instant asOf) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        List<Instant> bounds = new ArrayList<>();
        weeks.forEach(week -> bounds.add(week.start()));
        bounds.add(weeks.get(weeks.size() - 1).end());
        List<Map<ItemKind, Outcomes>> counts = new ArrayList<>();
        weeks.forEach(week -> counts.add(new HashMap<>()));
        for (SettledCounts.PeriodRow row : settled.receivedIn(ownerIds, bounds, asOf)) {
            counts.get(row.period()).merge(row.row().kind(), row.row().outcomes(), Outcomes::plus);
        }
        for (SettledCounts.PeriodRow row : settled.dueIn(ownerIds, bounds, asOf)) {
            counts.get(row.period()).merge(row.row().kind(), row.row().outcomes(), Outcomes::plus);
        }
        Instant from = bounds.get(0);
        Instant to = bounds.get(bounds.size() - 1);
        for (Item item : items.itemsAsOf(ItemQuery.received(ownerIds, null, from, to, asOf).changedLaterOnly())) {
            if (item.kind().isDueByTarget()) {
                counts.get(period(bounds, item.receivedAt())).merge(item.kind(), Outcomes.of(List.of(item), asOf),
                        Outcomes::plus);
            }
        }
        for (Item item : items.itemsAsOf(ItemQuery.due(ownerIds, null, from, to, asOf).changedLaterOnly())) {
            if (!item.kind().isDueByTarget()) {
                counts.get(period(bounds, item.dueAt())).merge(item.kind(), Outcomes.of(List.of(item), asOf),
                        Outcomes::plus);
            }
        }
        return counts.stream().map(byKind -> new ResponseWeek(
                byKind.getOrDefault(ItemKind.CALLBACK, Outcomes.NONE),
                byKind.getOrDefault(ItemKind.EMAIL, Outcomes.NONE),
                byKind.getOrDefault(ItemKind.COMMITMENT, Outcomes.NONE)
                        .plus(byKind.getOrDefault(ItemKind.FOLLOW_UP, Outcomes.NONE)))).toList();
    }

    /** Which of the periods between {@code bounds} holds {@code instant} (which lies within them). */
    private static int period(List<Instant> bounds, Instant instant) {
        int period = 0;
        while (period < bounds.size() - 2 && !instant.isBefore(bounds.get(period + 1))) {
            period++;
        }
        return period;
    }
}
