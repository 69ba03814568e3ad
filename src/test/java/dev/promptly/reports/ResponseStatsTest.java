package dev.promptly.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.demo.DemoSpec;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's quick counts and replaying every item must agree, whatever the as-of instant: on demo data with
 * late, informed, escalated and still-open items.
 */
class ResponseStatsTest {

    private static final Instant END = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    static Path folder;

    private static AppContext context;

    @BeforeAll
    static void generate() {
        context = AppContext.open(folder.resolve("stats.db"), Clock.fixed(END, ZoneOffset.UTC));
        context.demo().generate(new DemoSpec(2, 4, 6, 3000, 11, END));
    }

    /** Every item replayed as of the instant, then counted in Java: the definition, slowly. */
    private static Map<Long, ResponseWeek> replayed(Set<Long> owners, Week week, Instant asOf) {
        List<Item> received = context.items().itemsAsOf(ItemQuery.received(owners, null, week.start(), week.end(), asOf));
        List<Item> due = context.items().itemsAsOf(ItemQuery.due(owners, null, week.start(), week.end(), asOf));
        Map<Long, ResponseWeek> result = new HashMap<>();
        for (long owner : owners) {
            List<Item> mineReceived = received.stream().filter(i -> i.ownerId() == owner).toList();
            List<Item> mineDue = due.stream().filter(i -> i.ownerId() == owner && !i.kind().isDueByTarget()).toList();
            ResponseWeek week1 = new ResponseWeek(
                    Outcomes.of(mineReceived.stream().filter(i -> i.kind() == ItemKind.CALLBACK).toList(), asOf),
                    Outcomes.of(mineReceived.stream().filter(i -> i.kind() == ItemKind.EMAIL).toList(), asOf),
                    Outcomes.of(mineDue, asOf));
            if (!week1.equals(ResponseWeek.NONE)) {
                result.put(owner, week1);
            }
        }
        return result;
    }

    @ParameterizedTest(name = "as of {0} days before the end")
    @ValueSource(ints = {0, 2, 9, 20})
    void quickCountsMatchReplayingEveryItem(int daysBefore) {
        Instant asOf = END.minusSeconds(86_400L * daysBefore);
        for (Team team : context.people().teams()) {
            Set<Long> owners = context.people().repsOf(team).stream().map(Rep::id).collect(Collectors.toSet());
            Week week = Week.containing(asOf, team.zone());
            for (int i = 0; i < 3; i++, week = week.previous()) {
                assertThat(context.stats().byOwner(owners, week, asOf)).as("%s, %s", team.name(), week.label())
                        .isEqualTo(replayed(owners, week, asOf));
            }
        }
    }

    @ParameterizedTest(name = "as of {0} days before the end")
    @ValueSource(ints = {0, 2, 9, 20})
    void aTrendCountedInOneGoMatchesReplayingEachWeek(int daysBefore) {
        Instant asOf = END.minusSeconds(86_400L * daysBefore);
        for (Team team : context.people().teams()) {
            Set<Long> owners = context.people().repsOf(team).stream().map(Rep::id).collect(Collectors.toSet());
            List<Week> weeks = new java.util.ArrayList<>();
            for (Week week = Week.containing(asOf, team.zone()); weeks.size() < 6; week = week.previous()) {
                weeks.add(0, week);
            }

            List<ResponseWeek> trend = context.stats().totalsOf(owners, weeks, asOf);

            assertThat(trend).hasSize(6);
            for (int i = 0; i < weeks.size(); i++) {
                ResponseWeek expected = replayed(owners, weeks.get(i), asOf).values().stream()
                        .reduce(ResponseWeek.NONE, ResponseWeek::plus);
                assertThat(trend.get(i)).as("%s, %s", team.name(), weeks.get(i).label()).isEqualTo(expected);
            }
            assertThat(trend).as("the fixture has weeks with figures").anyMatch(w -> !w.equals(ResponseWeek.NONE));
        }
    }

    @ParameterizedTest(name = "as of {0} days before the end")
    @ValueSource(ints = {0, 2, 9, 20})
    void quickAnswerTimesMatchReplayingEveryItem(int daysBefore) {
        Instant asOf = END.minusSeconds(86_400L * daysBefore);
        for (Team team : context.people().teams()) {
            Set<Long> owners = context.people().repsOf(team).stream().map(Rep::id).collect(Collectors.toSet());
            Week week = Week.containing(asOf, team.zone()).previous();
            List<Answer> replayed = context.items()
                    .itemsAsOf(ItemQuery.received(owners, null, week.start(), week.end(), asOf)).stream()
                    .filter(i -> i.kind().isDueByTarget() && i.progress().resolvedAt() != null)
                    .map(i -> new Answer(i.ownerId(), i.kind(), i.receivedAt(), i.progress().resolvedAt()))
                    .toList();

            assertThat(replayed).as("the fixture has answers to compare").isNotEmpty();
            assertThat(context.stats().answered(owners, week, asOf)).as("%s, %s", team.name(), week.label())
                    .containsExactlyInAnyOrderElementsOf(replayed);
        }
    }
}
