package dev.promptly.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.sla.ItemState;
import dev.promptly.sla.ResponsePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long ANNA = 1;
    private static final long BEN = 2;
    private static final Instant RECEIVED = Instant.parse("2026-11-20T15:40:00Z");
    private static final Instant DUE = Instant.parse("2026-11-21T15:40:00Z");

    private final List<ItemEvent> events = new ArrayList<>(List.of(ItemEvent.created(RECEIVED, ANNA, DUE, ResponsePolicy.standard().dueSoonAt(DUE))));

    private Progress replay(ItemKind kind) {
        return replay(kind, Instant.MAX);
    }

    private Progress replay(ItemKind kind, Instant upTo) {
        List<ItemEvent> numbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(events.get(i).withId(i + 1));
        }
        return Progress.replay(kind, Progress.upTo(numbered, upTo));
    }

    /** The state at an instant, from the events that had happened by then. */
    private ItemState stateAt(ItemKind kind, String at) {
        Instant instant = Instant.parse(at);
        return replay(kind, instant).deadline().stateAt(instant);
    }

    @Test
    void callbackReturnedByVoicemail() {
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T09:00:00Z"), ANNA, AttemptOutcome.VOICEMAIL, null));

        assertThat(replay(ItemKind.CALLBACK).resolvedAt()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(stateAt(ItemKind.CALLBACK, "2026-11-22T00:00:00Z")).isEqualTo(ItemState.DONE_ON_TIME);
    }

    @Test
    void unansweredAttemptsAreCountedButLeaveTheCallbackOpen() {
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T09:00:00Z"), ANNA, AttemptOutcome.NO_ANSWER, null));
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T11:00:00Z"), ANNA, AttemptOutcome.BUSY, null));

        Progress progress = replay(ItemKind.CALLBACK);
        assertThat(progress.attempts()).isEqualTo(2);
        assertThat(progress.isOpen()).isTrue();
        assertThat(stateAt(ItemKind.CALLBACK, "2026-11-21T16:00:00Z")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void returnedAtTheFirstReachingAttemptNotALaterOne() {
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T10:00:00Z"), ANNA, AttemptOutcome.REACHED, null));
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T18:00:00Z"), ANNA, AttemptOutcome.REACHED, null));

        assertThat(replay(ItemKind.CALLBACK).resolvedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void aReachedAttemptDoesNotAnswerAnEmail() {
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T10:00:00Z"), ANNA, AttemptOutcome.REACHED, null));

        assertThat(replay(ItemKind.EMAIL).isOpen()).isTrue();
    }

    @Test
    void delayNoticeBeforeDueMakesTheItemInformedUntilThePromisedTime() {
        Instant promised = Instant.parse("2026-11-24T12:00:00Z");
        events.add(ItemEvent.delay(Instant.parse("2026-11-21T12:00:00Z"), ANNA, promised, "waiting on pricing"));

        assertThat(replay(ItemKind.EMAIL).promisedUntil()).isEqualTo(promised);
        assertThat(stateAt(ItemKind.EMAIL, "2026-11-21T11:45:00Z")).isEqualTo(ItemState.DUE_SOON);
        assertThat(stateAt(ItemKind.EMAIL, "2026-11-23T00:00:00Z")).isEqualTo(ItemState.INFORMED);
        assertThat(stateAt(ItemKind.EMAIL, "2026-11-24T12:00:01Z")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void delayNoticeAfterDueDoesNotExcuseTheItem() {
        events.add(ItemEvent.delay(Instant.parse("2026-11-21T16:00:00Z"), ANNA, Instant.parse("2026-11-24T12:00:00Z"),
                "sorry, tomorrow"));

        assertThat(replay(ItemKind.EMAIL).promisedUntil()).isNull();
        assertThat(stateAt(ItemKind.EMAIL, "2026-11-23T00:00:00Z")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void escalationChangesTheOwnerButKeepsTheDueTime() {
        events.add(ItemEvent.transfer(EventType.ESCALATED, Instant.parse("2026-11-21T08:00:00Z"), ANNA, ANNA, BEN,
                "needs billing"));

        Progress progress = replay(ItemKind.CALLBACK);
        assertThat(progress.ownerId()).isEqualTo(BEN);
        assertThat(stateAt(ItemKind.CALLBACK, "2026-11-21T16:00:00Z")).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void reopeningUndoesTheAnswerAndTheNextAnswerCounts() {
        events.add(ItemEvent.replied(Instant.parse("2026-11-21T09:00:00Z"), ANNA));
        events.add(ItemEvent.reopened(Instant.parse("2026-11-21T10:00:00Z"), ANNA, "customer wrote back"));
        events.add(ItemEvent.replied(Instant.parse("2026-11-21T17:00:00Z"), ANNA));

        assertThat(replay(ItemKind.EMAIL).resolvedAt()).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));
        assertThat(stateAt(ItemKind.EMAIL, "2026-11-22T00:00:00Z")).isEqualTo(ItemState.DONE_LATE);
    }

    @Test
    void eventsAfterTheInstantHaveNotHappenedYet() {
        events.add(ItemEvent.replied(Instant.parse("2026-11-21T09:00:00Z"), ANNA));

        Progress before = replay(ItemKind.EMAIL, Instant.parse("2026-11-21T08:59:59Z"));
        assertThat(before.isOpen()).isTrue();
        assertThat(before.lastEventAt()).isEqualTo(RECEIVED);
    }

    @Test
    void anUndoneEventNoLongerCounts() {
        events.add(ItemEvent.attempt(Instant.parse("2026-11-21T09:00:00Z"), ANNA, AttemptOutcome.REACHED, null));
        events.add(ItemEvent.undone(Instant.parse("2026-11-21T09:00:05Z"), ANNA, 2, null, null));

        Progress progress = replay(ItemKind.CALLBACK);
        assertThat(progress.isOpen()).isTrue();
        assertThat(progress.attempts()).isZero();
        assertThat(progress.lastEventAt()).isEqualTo(Instant.parse("2026-11-21T09:00:05Z"));
        assertThat(replay(ItemKind.CALLBACK, Instant.parse("2026-11-21T09:00:01Z")).isOpen())
                .as("before the undo the attempt had happened").isFalse();
    }
}
