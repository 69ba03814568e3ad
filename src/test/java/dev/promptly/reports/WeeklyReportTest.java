package dev.promptly.reports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.TestWorld;
import dev.promptly.common.InvalidInputException;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.Priority;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.ScheduleFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins every definition of the weekly summary (docs/metrics.md) on small fixtures. The Berlin team's week 2026-W47
 * runs from Mon 2026-11-16 00:00 CET (2026-11-15T23:00Z) to Mon 2026-11-23 00:00 CET (2026-11-22T23:00Z).
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class WeeklyReportTest {

    @Parameter
    StoreBackend backend;


    private static final Instant AS_OF = TestWorld.NOW; // Mon 2026-11-23 13:00 CET

    @TempDir
    Path folder;

    private TestWorld world;

    @AfterEach
    void closeStore() {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder, backend);
    }

    private WeeklyReport report(Team team, String week, Instant asOf) {
        return world.context.reports().report(team, week, asOf);
    }

    private RepFigures figures(WeeklyReport report, Rep rep) {
        return report.reps().stream().filter(l -> l.rep().id() == rep.id()).findFirst().orElseThrow().figures();
    }

    private void act(Item item, ItemAction action) {
        world.context.items().apply(item.id(), null, action);
    }

    private static Instant t(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void countsEachOutcomeByItsDefinition() {
        world.callback(world.anna, "Sunday 23:59 local", "2026-11-22T22:59:00Z");
        world.callback(world.anna, "Monday 00:00 local, next week", "2026-11-22T23:00:00Z");
        Item exactlyAtDue = world.callback(world.anna, "answered at due", "2026-11-16T08:00:00Z");
        act(exactlyAtDue, new ItemAction.Attempt(t("2026-11-17T08:00:00Z"), AttemptOutcome.REACHED, null));
        Item informedInTime = world.callback(world.anna, "told in time", "2026-11-18T10:00:00Z");
        act(informedInTime, new ItemAction.Delay(t("2026-11-18T20:00:00Z"), t("2026-11-20T10:00:00Z"), "parts"));
        act(informedInTime, new ItemAction.Attempt(t("2026-11-19T15:00:00Z"), AttemptOutcome.VOICEMAIL, null));
        Item toldTooLate = world.callback(world.anna, "told too late", "2026-11-18T12:00:00Z");
        act(toldTooLate, new ItemAction.Delay(t("2026-11-19T13:00:00Z"), t("2026-11-25T10:00:00Z"), "late notice"));
        Item lateEmail = world.add(ItemKind.EMAIL, world.anna, "late email", Priority.CUSTOMER,
                "2026-11-17T10:00:00Z", null);
        act(lateEmail, new ItemAction.Reply(t("2026-11-18T10:00:01Z")));
        world.add(ItemKind.EMAIL, world.anna, "unanswered email", Priority.CUSTOMER, "2026-11-21T20:00:00Z", null);
        Item kept = world.add(ItemKind.COMMITMENT, world.anna, "kept", Priority.CUSTOMER,
                "2026-11-16T09:00:00Z", "2026-11-20T16:00:00Z");
        act(kept, new ItemAction.Complete(t("2026-11-20T15:00:00Z")));
        Item brokenPromise = world.add(ItemKind.COMMITMENT, world.anna, "late", Priority.CUSTOMER,
                "2026-11-16T09:00:00Z", "2026-11-19T16:00:00Z");
        act(brokenPromise, new ItemAction.Complete(t("2026-11-19T17:00:00Z")));
        world.add(ItemKind.FOLLOW_UP, world.anna, "made last week, due this one", Priority.SELF,
                "2026-11-10T09:00:00Z", "2026-11-18T09:00:00Z");
        world.add(ItemKind.COMMITMENT, world.anna, "due next week", Priority.CUSTOMER,
                "2026-11-16T09:00:00Z", "2026-11-24T09:00:00Z");

        RepFigures anna = figures(report(world.berlin, "2026-W47", AS_OF), world.anna);

        assertThat(anna.callbacks().outcomes()).isEqualTo(new Outcomes(4, 2, 0, 1, 1, 1));
        assertThat(anna.emails().outcomes()).isEqualTo(new Outcomes(2, 0, 1, 1, 0, 0));
        assertThat(anna.commitments()).isEqualTo(new Outcomes(3, 1, 1, 1, 0, 0));
        // 3 good of 3 good + 2 late + 3 open overdue
        assertThat(anna.onTimePct()).isEqualTo(37.5);
        assertThat(anna.callbacks().calendar().medianSeconds()).isEqualTo((86_400 + 104_400) / 2);
        assertThat(anna.callbacks().calendar().p90Seconds()).isEqualTo(104_400);
        assertThat(anna.emails().calendar().medianSeconds()).isEqualTo(86_401);
        assertThat(anna.callbacks().business()).as("calendar clock: no business times").isNull();
        assertThat(anna.inbox()).isEqualTo(new Inbox(1, 1, InboxStatus.OVER));
        assertThat(figures(report(world.berlin, "2026-W48", AS_OF), world.anna).callbacks().outcomes().count())
                .as("Monday 00:00 local starts the next week").isEqualTo(1);
    }

    @Test
    void evaluatesAsOfAnInstantWithLaterEventsNotYetHappened() {
        Item call = world.callback(world.anna, "Clara", "2026-11-16T08:00:00Z");
        act(call, new ItemAction.Attempt(t("2026-11-17T09:00:00Z"), AttemptOutcome.REACHED, null));

        Outcomes before = figures(report(world.berlin, "2026-W47", t("2026-11-17T07:00:00Z")), world.anna)
                .callbacks().outcomes();
        Outcomes between = figures(report(world.berlin, "2026-W47", t("2026-11-17T08:30:00Z")), world.anna)
                .callbacks().outcomes();
        Outcomes after = figures(report(world.berlin, "2026-W47", AS_OF), world.anna).callbacks().outcomes();

        assertThat(before).isEqualTo(new Outcomes(1, 0, 0, 0, 1, 0));
        assertThat(between).isEqualTo(new Outcomes(1, 0, 0, 1, 0, 0));
        assertThat(after).isEqualTo(new Outcomes(1, 0, 1, 0, 0, 0));
    }

    @Test
    void attributesItemsToTheirOwnerAsOfTheInstantAndCountsEscalationsMade() {
        Item escalated = world.callback(world.anna, "needs Ben", "2026-11-17T08:00:00Z");
        act(escalated, new ItemAction.Transfer(EventType.ESCALATED, t("2026-11-17T09:00:00Z"), world.ben.id(),
                "billing question"));
        act(escalated, new ItemAction.Attempt(t("2026-11-17T10:00:00Z"), AttemptOutcome.REACHED, null));
        Item undone = world.callback(world.anna, "escalated by mistake", "2026-11-17T08:00:00Z");
        act(undone, new ItemAction.Transfer(EventType.ESCALATED, t("2026-11-17T09:00:00Z"), world.ben.id(), "oops"));
        act(undone, new ItemAction.Undo(t("2026-11-17T09:01:00Z")));
        Item lastWeek = world.callback(world.anna, "escalated the week before", "2026-11-10T08:00:00Z");
        act(lastWeek, new ItemAction.Transfer(EventType.ESCALATED, t("2026-11-10T09:00:00Z"), world.ben.id(), "x"));

        WeeklyReport report = report(world.berlin, "2026-W47", AS_OF);
        WeeklyReport beforeEscalation = report(world.berlin, "2026-W47", t("2026-11-17T08:30:00Z"));

        assertThat(figures(report, world.anna).escalationsOut()).isEqualTo(1);
        assertThat(figures(report, world.ben).escalationsOut()).isZero();
        assertThat(figures(report, world.ben).callbacks().outcomes().onTime()).isEqualTo(1);
        assertThat(figures(report, world.ben).callbacks().calendar().medianSeconds()).isEqualTo(7200);
        assertThat(figures(report, world.anna).callbacks().outcomes().count()).isEqualTo(1);
        assertThat(figures(beforeEscalation, world.anna).callbacks().outcomes().count()).isEqualTo(2);
        assertThat(figures(beforeEscalation, world.anna).escalationsOut()).isZero();
        assertThat(figures(report(world.berlin, "2026-W47", t("2026-11-17T09:00:30Z")), world.anna)
                .escalationsOut()).as("the undo has not happened yet").isEqualTo(2);
    }

    @Test
    void takesTheWeekInTheTeamsZoneAcrossTheDaylightSavingChange() {
        // Week 2026-W43 in Berlin ends on the Sunday the clocks go back: it lasts 169 hours.
        Item sundayLate = world.callback(world.anna, "Sunday 23:30 CET", "2026-10-25T22:30:00Z");
        Item acrossTheChange = world.callback(world.anna, "Saturday noon", "2026-10-24T10:00:00Z");
        act(acrossTheChange, new ItemAction.Attempt(t("2026-10-25T11:00:00Z"), AttemptOutcome.REACHED, null));

        WeeklyReport report = report(world.berlin, "2026-W43", AS_OF);

        assertThat(Duration.between(report.teamWeek().start(), report.teamWeek().end())).isEqualTo(Duration.ofHours(169));
        assertThat(report.teamWeek().end()).isAfter(sundayLate.receivedAt());
        assertThat(figures(report, world.anna).callbacks().outcomes().count()).isEqualTo(2);
        // Saturday 12:00 CEST to Sunday 12:00 CET is 25 real hours
        assertThat(figures(report, world.anna).callbacks().calendar().medianSeconds()).isEqualTo(90_000);
    }

    @Test
    void aWeekWithNoItemsHasZeroCountsAndNoRatesOrTimes() {
        WeeklyReport report = report(world.berlin, "2026-W47", AS_OF);

        assertThat(report.reps()).extracting(l -> l.rep().name()).containsExactly("Anna Schmidt", "Ben Okafor");
        assertThat(report.total().callbacks().outcomes()).isEqualTo(Outcomes.NONE);
        assertThat(report.total().onTimePct()).isNull();
        assertThat(report.total().callbacks().calendar().medianSeconds()).isNull();
        assertThat(report.total().callbacks().calendar().p90Seconds()).isNull();
        assertThat(report.total().inbox().status()).isEqualTo(InboxStatus.ZERO);
        assertThat(report.trend().points()).hasSize(8).allSatisfy(p -> assertThat(p.onTimePct()).isNull());
        assertThat(report.trend().points().get(0).week().label()).isEqualTo("2026-W40");
        assertThat(report.trend().alert()).isFalse();
    }

    @Test
    void alertsWhenTheWeekFallsTenPointsBelowThePreviousFour() {
        // W43-W46: 9 of 10 calls on time each week (90 %); W47: 3 of 4 (75 %).
        String[] mondays = {"2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"};
        for (int w = 0; w < mondays.length; w++) {
            int calls = w < 4 ? 10 : 4;
            for (int i = 0; i < calls; i++) {
                Instant received = t(mondays[w] + "T09:00:00Z").plus(Duration.ofMinutes(i));
                Item call = world.callback(world.ben, "Customer " + w + "-" + i, received.toString());
                boolean late = i == 0;
                act(call, new ItemAction.Attempt(received.plus(Duration.ofHours(late ? 30 : 2)),
                        AttemptOutcome.REACHED, null));
            }
        }

        Trend trend = report(world.berlin, "2026-W47", AS_OF).trend();

        assertThat(trend.points()).extracting(p -> p.week().label()).containsExactly("2026-W40", "2026-W41",
                "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47");
        assertThat(trend.points()).extracting(Trend.Point::onTimePct)
                .containsExactly(null, null, null, 90.0, 90.0, 90.0, 90.0, 75.0);
        assertThat(trend.previousMean()).isEqualTo(90.0);
        assertThat(trend.alert()).isTrue();
        assertThat(report(world.berlin, "2026-W46", AS_OF).trend().alert()).isFalse();
    }

    @Test
    void countsBusinessSecondsOnTheBusinessClock() {
        Team london = world.context.people().addTeam("London", ZoneId.of("Europe/London"),
                new ResponsePolicy(ClockKind.BUSINESS, Duration.ofHours(8), Duration.ofHours(2), ScheduleFormat.parse(
                        "{\"zone\":\"Europe/London\",\"hours\":{\"mon\":[[\"09:00\",\"17:00\"]],"
                                + "\"tue\":[[\"09:00\",\"17:00\"]],\"wed\":[[\"09:00\",\"17:00\"]],"
                                + "\"thu\":[[\"09:00\",\"17:00\"]],\"fri\":[[\"09:00\",\"17:00\"]]}}")));
        Rep cara = world.context.people().addRep("Cara Lee", "cara@promptly.example", london.name(), Role.REP, "301");
        // Friday 16:00 to Monday 10:00 London: 66 calendar hours, 2 business hours.
        Item call = world.callback(cara, "weekend call", "2026-11-20T16:00:00Z");
        act(call, new ItemAction.Attempt(t("2026-11-23T10:00:00Z"), AttemptOutcome.REACHED, null));

        WeeklyReport report = report(london, "2026-W47", AS_OF);

        assertThat(figures(report, cara).callbacks().calendar().medianSeconds()).isEqualTo(66 * 3600);
        assertThat(figures(report, cara).callbacks().business().medianSeconds()).isEqualTo(2 * 3600);
        assertThat(report.total().callbacks().business().p90Seconds()).isEqualTo(2 * 3600);
        assertThat(report.total().emails().business().medianSeconds()).isNull();
    }

    @Test
    void allTeamsCountsEachTeamInItsOwnWeekAndAddsThemUp() {
        Team newYork = world.context.people().addTeam("New York", ZoneId.of("America/New_York"),
                ResponsePolicy.standard());
        Rep dan = world.context.people().addRep("Dan Park", "dan@promptly.example", newYork.name(), Role.REP, "401");
        // Sunday 20:00 in New York is Monday 02:00 in Berlin: in W47 for New York, W48 for Berlin.
        world.callback(dan, "late Sunday", "2026-11-23T01:00:00Z");
        world.callback(world.anna, "Berlin call", "2026-11-17T08:00:00Z");

        WeeklyReport all = report(null, "2026-W47", AS_OF);

        assertThat(all.team()).isNull();
        assertThat(all.teamWeek()).isNull();
        assertThat(all.teams()).extracting(t -> t.team().name()).containsExactly("New York", "Support Berlin");
        assertThat(figures(all, dan).callbacks().outcomes().count()).isEqualTo(1);
        assertThat(all.total().callbacks().outcomes().count()).isEqualTo(2);
        assertThat(all.trend().points()).hasSize(8);
    }

    @Test
    void refusesAWeekThatIsNotAnIsoWeek() {
        assertThatThrownBy(() -> report(world.berlin, "2026-47", AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-W47");
        assertThatThrownBy(() -> report(world.berlin, "2025-W53", AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no week 53");
        assertThat(Week.parse("2026-W53", ZoneId.of("UTC")).monday()).as("2026 has 53 weeks").hasToString("2026-12-28");
        assertThat(Week.parse("2027-W01", ZoneId.of("UTC")).monday()).hasToString("2027-01-04");
    }
}
