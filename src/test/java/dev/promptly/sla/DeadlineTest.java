package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

    private static final ResponsePolicy POLICY = new ResponsePolicy(Duration.ofHours(24), Duration.ofHours(4));

    private static Deadline deadline(Instant due, Instant promised, Instant resolved) {
        return new Deadline(due, POLICY.dueSoonAt(due), promised, resolved);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                    | due                  | promised             | resolved             | at                   | state
            pendingLongBeforeDue                      | 2026-11-21T16:40:00Z | -                    | -                    | 2026-11-21T08:00:00Z | pending
            dueSoonInsideTheWindow                    | 2026-11-21T16:40:00Z | -                    | -                    | 2026-11-21T12:40:00Z | due-soon
            pendingJustBeforeTheWindow                | 2026-11-21T16:40:00Z | -                    | -                    | 2026-11-21T12:39:59Z | pending
            stillDueSoonExactlyAtDueTime              | 2026-11-21T16:40:00Z | -                    | -                    | 2026-11-21T16:40:00Z | due-soon
            overdueOneSecondAfterDueTime              | 2026-11-21T16:40:00Z | -                    | -                    | 2026-11-21T16:40:01Z | overdue
            informedUntilThePromisedTime              | 2026-11-21T16:40:00Z | 2026-11-24T12:00:00Z | -                    | 2026-11-23T12:00:00Z | informed
            informedEvenCloseToThePromisedTime        | 2026-11-21T16:40:00Z | 2026-11-24T12:00:00Z | -                    | 2026-11-24T11:00:00Z | informed
            overdueOnceThePromisedTimePassed          | 2026-11-21T16:40:00Z | 2026-11-24T12:00:00Z | -                    | 2026-11-24T12:00:01Z | overdue
            doneOnTimeWhenAnsweredBeforeDue           | 2026-11-21T16:40:00Z | -                    | 2026-11-21T10:00:00Z | 2026-11-22T10:00:00Z | done-on-time
            doneOnTimeWhenAnsweredExactlyAtDue        | 2026-11-21T16:40:00Z | -                    | 2026-11-21T16:40:00Z | 2026-11-22T10:00:00Z | done-on-time
            doneLateWhenAnsweredAfterDue              | 2026-11-21T16:40:00Z | -                    | 2026-11-21T16:40:01Z | 2026-11-22T10:00:00Z | done-late
            doneOnTimeWhenAnsweredByThePromisedTime   | 2026-11-21T16:40:00Z | 2026-11-24T12:00:00Z | 2026-11-24T09:00:00Z | 2026-11-25T10:00:00Z | done-on-time
            doneLateWhenThePromiseWasBroken           | 2026-11-21T16:40:00Z | 2026-11-24T12:00:00Z | 2026-11-24T13:00:00Z | 2026-11-25T10:00:00Z | done-late
            openWhileTheAnswerIsStillInTheFuture      | 2026-11-21T16:40:00Z | -                    | 2026-11-21T15:00:00Z | 2026-11-21T14:00:00Z | due-soon
            """)
    void stateAt(String name, Instant due, Instant promised, Instant resolved, Instant at, String expected) {
        assertThat(deadline(due, promised, resolved).stateAt(at).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "window {0} at {1}")
    @CsvSource(textBlock = """
            PT0S, 2026-11-21T16:39:59Z, pending
            PT0S, 2026-11-21T16:40:00Z, due-soon
            PT1H, 2026-11-21T15:40:00Z, due-soon
            PT1H, 2026-11-21T15:39:59Z, pending
            """)
    void dueSoonWindowComesFromThePolicy(Duration window, Instant at, String expected) {
        ResponsePolicy policy = new ResponsePolicy(Duration.ofHours(24), window);
        Instant due = Instant.parse("2026-11-21T16:40:00Z");
        assertThat(new Deadline(due, policy.dueSoonAt(due), null, null).stateAt(at).label()).isEqualTo(expected);
    }
}
