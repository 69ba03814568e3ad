package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class DeadlinePropertyTest {

    private static final Instant BASE = Instant.parse("2026-01-05T00:00:00Z");
    private static final ResponsePolicy POLICY = ResponsePolicy.standard();

    @Property
    void anItemIsDoneExactlyWhenItWasAnsweredByThen(@ForAll("offsets") long due, @ForAll("offsets") long answered,
                                                     @ForAll("offsets") long at) {
        Deadline deadline = deadline(BASE.plusSeconds(due), null, BASE.plusSeconds(answered));
        assertThat(deadline.stateAt(BASE.plusSeconds(at)).isOpen()).isEqualTo(at < answered);
    }

    @Property
    void anOpenItemOnceOverdueStaysOverdue(@ForAll("offsets") long due, @ForAll("offsets") long at,
                                           @ForAll @LongRange(min = 0, max = 10_000_000) long later) {
        Deadline deadline = deadline(BASE.plusSeconds(due), null, null);
        if (deadline.stateAt(BASE.plusSeconds(at)) == ItemState.OVERDUE) {
            assertThat(deadline.stateAt(BASE.plusSeconds(at + later))).isEqualTo(ItemState.OVERDUE);
        }
    }

    @Property
    void aKeptPromiseIsNeverLate(@ForAll("offsets") long due, @ForAll @LongRange(min = 1, max = 1_000_000) long extra,
                                 @ForAll @LongRange(min = 0, max = 1_000_000) long early) {
        Instant promised = BASE.plusSeconds(due + extra);
        Deadline deadline = deadline(BASE.plusSeconds(due), promised, promised.minusSeconds(early));
        assertThat(deadline.stateAt(promised.plus(Duration.ofDays(30)))).isEqualTo(ItemState.DONE_ON_TIME);
    }

    private static Deadline deadline(Instant due, Instant promised, Instant resolved) {
        return new Deadline(due, POLICY.dueSoonAt(due), promised, resolved);
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.longs().between(0, 60L * 24 * 3600);
    }
}
