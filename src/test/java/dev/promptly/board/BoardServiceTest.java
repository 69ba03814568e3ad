package dev.promptly.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemService;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's figures for a small team whose week is written out by hand (times in Berlin, UTC+1). */
class BoardServiceTest {

    /** Wednesday 25 November 2026, 12:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

    @TempDir
    Path folder;

    private AppContext context;
    private ItemService items;
    private BoardService boards;
    private Team berlin;
    private Rep anna;
    private Rep ben;

    private static Instant t(String berlinTime) {
        return java.time.LocalDateTime.parse(berlinTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    private long add(ItemKind kind, Rep owner, String customer, String received, String due) {
        return items.add(new NewItem(kind, owner, Customer.named(customer), kind.label(), Priority.CUSTOMER,
                t(received), due == null ? null : t(due), null, NewItem.MANUAL, null)).id();
    }

    @BeforeEach
    void setUp() {
        context = AppContext.open(folder.resolve("b.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        items = context.items();
        boards = context.board();
        berlin = context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = context.people().addRep("Anna Schmidt", "anna@x.example", berlin.name(), Role.REP, null);
        ben = context.people().addRep("Ben Okafor", "ben@x.example", berlin.name(), Role.REP, null);

        // Four earlier weeks: each rep returned every call on time.
        for (int week = 1; week <= 4; week++) {
            String monday = java.time.LocalDate.of(2026, 11, 23).minusWeeks(week) + "T09:00";
            long call = add(ItemKind.CALLBACK, anna, "Old " + week, monday, null);
            items.apply(call, null, new ItemAction.Attempt(t(monday).plusSeconds(3600), AttemptOutcome.REACHED, null));
        }
        // This week, Anna: one call returned in time, one email answered late, one call and one promise overdue.
        long returned = add(ItemKind.CALLBACK, anna, "Carla", "2026-11-23T09:00", null);
        items.apply(returned, null, new ItemAction.Attempt(t("2026-11-23T10:00"), AttemptOutcome.VOICEMAIL, null));
        long email = add(ItemKind.EMAIL, anna, "Dan", "2026-11-23T10:00", null);
        items.apply(email, null, new ItemAction.Reply(t("2026-11-24T12:00")));
        add(ItemKind.CALLBACK, anna, "Eve", "2026-11-24T08:00", null);
        add(ItemKind.COMMITMENT, anna, "Fay", "2026-11-23T11:00", "2026-11-24T17:00");
        add(ItemKind.COMMITMENT, anna, "Gus", "2026-11-23T11:00", "2026-11-27T17:00");
        // Ben: an email not yet due, a call due soon, and a call Anna escalated to him, which he picked up.
        add(ItemKind.EMAIL, ben, "Hal", "2026-11-25T09:00", null);
        add(ItemKind.CALLBACK, ben, "Ivy", "2026-11-24T14:00", null);
        long escalated = add(ItemKind.CALLBACK, anna, "Jon", "2026-11-25T08:00", null);
        items.apply(escalated, null, new ItemAction.Transfer(EventType.ESCALATED, t("2026-11-25T09:00"), ben.id(),
                "billing question"));
        items.apply(escalated, null, new ItemAction.Attempt(t("2026-11-25T09:45"), AttemptOutcome.NO_ANSWER, null));
    }

    @Test
    void eachRepsFiguresMatchTheirItems() {
        Board board = boards.board(berlin, NOW);

        RepRow first = board.reps().get(0);
        assertThat(first.rep()).isEqualTo(anna);
        assertThat(first.open()).isEqualTo(3);
        assertThat(first.overdueCallbacks()).isEqualTo(1);
        assertThat(first.overdueCommitments()).isEqualTo(1);
        assertThat(first.overdueEmails()).isZero();
        assertThat(first.oldestOverdue()).isEqualTo(Duration.ofHours(19)); // Fay's promise, due Tue 17:00
        assertThat(first.onTimePctWeek()).isEqualTo(25.0); // 1 on time of 4 decided

        RepRow second = board.reps().get(1);
        assertThat(second.rep()).isEqualTo(ben);
        assertThat(second.open()).isEqualTo(3);
        assertThat(second.overdue()).isZero();
        assertThat(second.dueSoon()).isEqualTo(1);
        assertThat(second.openEmails()).isEqualTo(1);
        assertThat(second.inbox().label()).isEqualTo("few");
        assertThat(second.onTimePctWeek()).isNull();
    }

    @Test
    void listsOverdueCommitmentsUnreturnedCallsAndEscalations() {
        Board board = boards.board(berlin, NOW);

        assertThat(board.overdueCommitments()).singleElement().satisfies(c -> {
            assertThat(c.item().customer().name()).isEqualTo("Fay");
            assertThat(c.late()).isEqualTo(Duration.ofHours(19));
            assertThat(c.informed()).isFalse();
        });
        assertThat(board.unreturnedCalls()).extracting(v -> v.customer().name()).containsExactly("Eve");
        assertThat(board.escalations()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(anna);
            assertThat(e.to()).isEqualTo(ben);
            assertThat(e.reason()).isEqualTo("billing question");
            assertThat(e.pickedUpAfter()).isEqualTo(Duration.ofMinutes(45));
        });
    }

    @Test
    void alertsWhenThisWeekIsTenPointsBelowTheFourBefore() {
        Board board = boards.board(berlin, NOW);

        assertThat(board.trend().points()).hasSize(5);
        assertThat(board.trend().previousMean()).isEqualTo(100.0);
        assertThat(board.trend().current().onTimePct()).isEqualTo(25.0);
        assertThat(board.trend().alert()).isTrue();
    }

    @Test
    void asOfAnEarlierInstantTheBoardIsAsItStoodThen() {
        Board monday = boards.board(berlin, t("2026-11-23T12:00"));

        RepRow anna = monday.reps().stream().filter(r -> r.rep().equals(this.anna)).findFirst().orElseThrow();
        assertThat(anna.open()).isEqualTo(3); // Dan's email, and the two promises; Eve's call came on Tuesday
        assertThat(anna.overdue()).isZero();
        assertThat(monday.escalations()).isEmpty();
        assertThat(anna.onTimePctWeek()).isEqualTo(100.0);
    }

    @Test
    void allTeamsCountEachRepInTheirOwnTeamsWeek() {
        Team newYork = context.people().addTeam("Support New York", ZoneId.of("America/New_York"),
                ResponsePolicy.standard());
        Rep dan = context.people().addRep("Dan Park", "dan@x.example", newYork.name(), Role.REP, null);
        // Sunday 22 November 20:00 in New York: last week there, while in Berlin (and UTC) it is already Monday.
        long sunday = items.add(new NewItem(ItemKind.CALLBACK, dan, Customer.named("Gus"), "callback",
                Priority.CUSTOMER, Instant.parse("2026-11-23T01:00:00Z"), null, null, NewItem.MANUAL, null)).id();
        items.apply(sunday, null, new ItemAction.Attempt(Instant.parse("2026-11-23T02:00:00Z"),
                AttemptOutcome.REACHED, null));
        long monday = items.add(new NewItem(ItemKind.CALLBACK, dan, Customer.named("Hal"), "callback",
                Priority.CUSTOMER, Instant.parse("2026-11-23T14:00:00Z"), null, null, NewItem.MANUAL, null)).id();
        items.apply(monday, null, new ItemAction.Attempt(Instant.parse("2026-11-24T20:00:00Z"),
                AttemptOutcome.REACHED, null));

        Board all = boards.board(null, NOW);

        RepRow danRow = all.reps().stream().filter(r -> r.rep().id() == dan.id()).findFirst().orElseThrow();
        assertThat(danRow.onTimePctWeek()).as("only Monday's call, returned late, is in his week")
                .isEqualTo(0.0);
        assertThat(all.trend().points().get(all.trend().points().size() - 2).onTimePct())
                .as("Sunday's call is in last week's figures").isEqualTo(100.0);
    }
}
