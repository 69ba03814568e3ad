package dev.promptly.demo;

import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.items.Progress;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One demo item after another: when it came in, who owned it, and what happened to it up to the spec's end.
 * Events that would fall after the end have not happened yet, which leaves today's work open.
 */
final class DemoHistory {

    static final String SOURCE = "demo";

    record Generated(Item item, List<ItemEvent> events) {
    }

    private final DemoSpec spec;
    private final SplittableRandom random;
    private final List<DemoGenerator.DemoRep> reps;
    private final List<Customer> customers;
    private final long windowSeconds;
    private int sequence;

    DemoHistory(DemoSpec spec, SplittableRandom random, List<DemoGenerator.DemoRep> reps, List<Customer> customers) {
        this.spec = spec;
        this.random = random;
        this.reps = reps;
        this.customers = customers;
        this.windowSeconds = Duration.ofDays(7L * spec.weeks()).toSeconds();
    }

    Generated next() {
        DemoGenerator.DemoRep owner = reps.get(random.nextInt(reps.size()));
        ItemKind kind = kind();
        Instant received = receivedTime(owner);
        Instant requested = kind == ItemKind.CALLBACK && random.nextInt(20) == 0 ? received.plus(hours(2, 30)) : null;
        Instant due = requested != null ? requested
                : kind.isDueByTarget() ? owner.team().policy().dueAt(received)
                : commitmentDue(owner, received);

        List<ItemEvent> events = new ArrayList<>();
        events.add(ItemEvent.created(received, owner.rep().id(), due, owner.team().policy().dueSoonAt(due)));
        Rep current = owner.rep();
        Instant clock = received;
        double median = owner.medianResponseHours();
        if (random.nextInt(25) == 0 && owner.colleagues().size() > 1) {
            Rep colleague = otherThan(owner);
            clock = received.plus(hours(0.3, 4));
            events.add(ItemEvent.transfer(EventType.ESCALATED, clock, current.id(), current.id(), colleague.id(),
                    Names.pick(Names.ESCALATION_REASONS, random)));
            current = colleague;
            median = 4;
        }
        Instant answered = kind.isDueByTarget()
                ? clock.plusSeconds((long) (median * 3600 * Math.exp(random.nextGaussian() * 0.8)))
                : due.minusSeconds((long) (3600 * (random.nextDouble() * 30 - median)));
        if (answered.isBefore(clock)) {
            answered = clock.plusSeconds(600);
        }
        if (answered.isAfter(due) && random.nextInt(3) == 0) {
            addDelayNotice(events, current, clock, due, answered);
        }
        addAnswer(events, kind, current, clock, answered);

        List<ItemEvent> happened = events.stream()
                .filter(e -> !e.at().isAfter(spec.until()))
                .sorted(ItemEvent.CHRONOLOGICAL)
                .toList();
        Progress progress = Progress.replay(kind, happened);
        Item item = new Item(0, kind, customer().id(), subject(kind), priority(), received, requested, SOURCE,
                "demo-" + spec.seed() + "-" + (++sequence), progress, 1);
        return new Generated(item, happened);
    }

    private void addDelayNotice(List<ItemEvent> events, Rep current, Instant from, Instant due, Instant answered) {
        Instant told = due.minus(hours(1, 8));
        if (told.isBefore(from)) {
            told = from.plusSeconds(300);
        }
        // Most promises are kept; one in five is broken and the item ends up late all the same.
        Instant promised = random.nextInt(5) == 0 ? answered.minus(hours(1, 6)) : answered.plus(hours(0.5, 6));
        if (promised.isAfter(due) && promised.isAfter(told)) {
            events.add(ItemEvent.delay(told, current.id(), promised, Names.pick(Names.DELAY_NOTES, random)));
        }
    }

    private void addAnswer(List<ItemEvent> events, ItemKind kind, Rep current, Instant from, Instant answered) {
        switch (kind) {
            case CALLBACK -> {
                int failed = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
                long gap = Duration.between(from, answered).toSeconds() / (failed + 1);
                for (int a = 1; a <= failed; a++) {
                    AttemptOutcome outcome = random.nextBoolean() ? AttemptOutcome.NO_ANSWER : AttemptOutcome.BUSY;
                    events.add(ItemEvent.attempt(from.plusSeconds(gap * a), current.id(), outcome, null));
                }
                AttemptOutcome last = random.nextInt(4) == 0 ? AttemptOutcome.VOICEMAIL : AttemptOutcome.REACHED;
                events.add(ItemEvent.attempt(answered, current.id(), last, null));
            }
            case EMAIL -> events.add(ItemEvent.replied(answered, current.id()));
            case COMMITMENT, FOLLOW_UP -> events.add(ItemEvent.completed(answered, current.id()));
        }
    }

    private ItemKind kind() {
        int roll = random.nextInt(100);
        return roll < 45 ? ItemKind.CALLBACK : roll < 80 ? ItemKind.EMAIL : roll < 92 ? ItemKind.COMMITMENT
                : ItemKind.FOLLOW_UP;
    }

    private Priority priority() {
        int roll = random.nextInt(10);
        return roll < 7 ? Priority.CUSTOMER : roll < 9 ? Priority.COMPANY : Priority.SELF;
    }

    /** Mostly during the team's working day on weekdays, like real traffic; never after the end. */
    private Instant receivedTime(DemoGenerator.DemoRep owner) {
        Instant instant = spec.until().minusSeconds(random.nextLong(windowSeconds));
        ZonedDateTime local = instant.atZone(owner.team().zone());
        if (random.nextInt(10) < 9) {
            local = local.withHour(8 + local.getHour() % 10);
            DayOfWeek day = local.getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                local = local.minusDays(day == DayOfWeek.SATURDAY ? 1 : 2);
            }
        }
        Instant result = local.toInstant();
        return result.isAfter(spec.until()) ? result.minus(Duration.ofDays(1)) : result;
    }

    private Instant commitmentDue(DemoGenerator.DemoRep owner, Instant received) {
        ZonedDateTime local = received.atZone(owner.team().zone()).plusDays(1 + random.nextInt(5));
        return local.withHour(17).withMinute(0).withSecond(0).withNano(0).toInstant();
    }

    private Rep otherThan(DemoGenerator.DemoRep owner) {
        List<Rep> colleagues = owner.colleagues();
        Rep pick = colleagues.get(random.nextInt(colleagues.size()));
        return pick.id() == owner.rep().id() ? colleagues.get((colleagues.indexOf(pick) + 1) % colleagues.size()) : pick;
    }

    /** Frequent customers call more often: the pool is skewed toward its front. */
    private Customer customer() {
        double r = random.nextDouble();
        return customers.get((int) (customers.size() * r * r));
    }

    private String subject(ItemKind kind) {
        return Names.pick(switch (kind) {
            case CALLBACK -> Names.CALLBACK_SUBJECTS;
            case EMAIL -> Names.EMAIL_SUBJECTS;
            case COMMITMENT -> Names.COMMITMENT_SUBJECTS;
            case FOLLOW_UP -> Names.FOLLOW_UP_SUBJECTS;
        }, random);
    }

    private Duration hours(double from, double to) {
        return Duration.ofSeconds((long) ((from + random.nextDouble() * (to - from)) * 3600));
    }
}
