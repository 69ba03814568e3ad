package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ResponsePolicyTest {

    private static final String WEEKDAYS = """
            {"zone": "Europe/Berlin",
             "hours": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
                       "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}}""";

    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Schedule> stored = () -> {
        reads.incrementAndGet();
        return ScheduleFormat.parseStored(WEEKDAYS);
    };

    @Test
    void aStoredScheduleIsReadOnlyWhenItsTimeIsCountedAndThenOnce() {
        ResponsePolicy policy = ResponsePolicy.withStoredSchedule(ClockKind.BUSINESS, Duration.ofHours(8),
                Duration.ofHours(2), stored);
        assertThat(policy.clock()).isEqualTo(ClockKind.BUSINESS);
        assertThat(policy.target()).isEqualTo(Duration.ofHours(8));
        assertThat(reads).hasValue(0);

        // Friday 16:00 in Berlin: one open hour left that day, seven more from Monday 09:00.
        Instant due = policy.dueAt(Instant.parse("2026-12-04T15:00:00Z"));
        assertThat(due).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
        policy.dueAt(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aCalendarClockNeverReadsTheScheduleItKeeps() {
        ResponsePolicy policy = ResponsePolicy.withStoredSchedule(ClockKind.CALENDAR, Duration.ofHours(24),
                Duration.ofHours(4), stored);

        assertThat(policy.dueAt(Instant.parse("2026-12-04T15:00:00Z"))).isEqualTo(Instant.parse("2026-12-05T15:00:00Z"));
        assertThat(reads).hasValue(0);
        assertThat(policy.schedule().zone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void policiesAreEqualByTheirRuleWhetherTheScheduleWasGivenOrStored() {
        Schedule schedule = stored.get();
        ResponsePolicy given = new ResponsePolicy(ClockKind.BUSINESS, Duration.ofHours(8), Duration.ofHours(2),
                schedule);
        ResponsePolicy read = ResponsePolicy.withStoredSchedule(ClockKind.BUSINESS, Duration.ofHours(8),
                Duration.ofHours(2), () -> schedule);

        assertThat(read).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(read).isNotEqualTo(new ResponsePolicy(ClockKind.BUSINESS, Duration.ofHours(9),
                Duration.ofHours(2), schedule));
    }
}
