package dev.promptly.items;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Require;
import dev.promptly.common.TextLimit;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * Something a person does to an item at an instant. Each action checks that it makes sense for the item as it
 * stood at that instant and turns into the event that records it. Notes and reasons are checked against their
 * {@link TextLimit} here, as actions are only made for new events.
 */
public sealed interface ItemAction {

    Instant at();

    /**
     * The event recording this action on {@code item}, as stored, with {@code history} its events so far; actions
     * come after every earlier event (see {@code ItemService.apply}).
     */
    ItemEvent toEvent(Item item, List<ItemEvent> history);

    /** {@code action} itself, without saying who did it. */
    static ItemAction unwrapped(ItemAction action) {
        return action instanceof By by ? unwrapped(by.action()) : action;
    }

    private static void requireOpen(Item item, String doing) {
        if (!item.progress().isOpen()) {
            throw new InvalidInputException("item " + item.id() + " is already done (since "
                    + item.progress().resolvedAt() + "); reopen it before " + doing);
        }
    }

    /**
     * {@code action} done by the rep {@code actorId} instead of as its default (the item's owner's own; nobody's for
     * a reassignment): a colleague who called the customer, a lead who reassigned, a call out from another rep's
     * extension.
     */
    record By(long actorId, ItemAction action) implements ItemAction {
        public By {
            Objects.requireNonNull(action, "action");
        }

        @Override
        public Instant at() {
            return action.at();
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            return action.toEvent(item, history).by(actorId);
        }
    }

    record Attempt(Instant at, AttemptOutcome outcome, String note) implements ItemAction {
        public Attempt {
            Objects.requireNonNull(at);
            Require.present(outcome, "the attempt's outcome");
            TextLimit.NOTE.check(note);
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            requireOpen(item, "logging another attempt");
            return ItemEvent.attempt(at, item.ownerId(), outcome, Require.optionalText(note));
        }
    }

    record Reply(Instant at) implements ItemAction {
        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            if (item.kind() != ItemKind.EMAIL) {
                throw new InvalidInputException("item " + item.id() + " is a " + item.kind().label()
                        + ", not an email; log an attempt or complete it instead");
            }
            requireOpen(item, "replying again");
            return ItemEvent.replied(at, item.ownerId());
        }
    }

    record Delay(Instant at, Instant until, String note) implements ItemAction {
        public Delay {
            Require.present(until, "the promised time");
            TimeBounds.requireWithinYears(until, "the promised time");
            note = TextLimit.NOTE.check(Require.text(note, "the note to the customer"));
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            requireOpen(item, "promising a new time");
            if (!until.isAfter(at)) {
                throw new InvalidInputException("the promised time " + until + " must be after the notice (" + at + ")");
            }
            if (!until.isAfter(item.deadline().effectiveDueAt())) {
                throw new InvalidInputException("the promised time " + until + " is not later than the current due time "
                        + item.deadline().effectiveDueAt());
            }
            return ItemEvent.delay(at, item.ownerId(), until, note);
        }
    }

    /**
     * Hands the item to someone else: an escalation to a colleague who can solve it, or a lead's reassignment.
     * Either way the item keeps its received and due times.
     */
    record Transfer(EventType type, Instant at, long toRepId, String reason) implements ItemAction {
        public Transfer {
            if (type != EventType.ESCALATED && type != EventType.REASSIGNED) {
                throw new IllegalArgumentException("not a transfer: " + type);
            }
            reason = TextLimit.REASON.check(Require.text(reason, "the reason"));
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            requireOpen(item, "handing it on");
            if (item.ownerId() == toRepId) {
                throw new InvalidInputException("item " + item.id() + " already belongs to that rep");
            }
            Long actor = type == EventType.ESCALATED ? item.ownerId() : null;
            return ItemEvent.transfer(type, at, actor, item.ownerId(), toRepId, reason);
        }
    }

    record Complete(Instant at) implements ItemAction {
        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            requireOpen(item, "completing it again");
            return ItemEvent.completed(at, item.ownerId());
        }
    }

    /** Moves the due time of an open item, after its team's response policy changed. */
    record Recalculate(Instant at, Instant dueAt, Instant dueSoonAt, String note) implements ItemAction {
        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            requireOpen(item, "recalculating its due time");
            return ItemEvent.recalculated(at, dueAt, dueSoonAt, note);
        }
    }

    record Reopen(Instant at, String note) implements ItemAction {
        public Reopen {
            TextLimit.NOTE.check(note);
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            if (item.progress().isOpen()) {
                throw new InvalidInputException("item " + item.id() + " is open; only a done item can be reopened");
            }
            return ItemEvent.reopened(at, item.ownerId(), Require.optionalText(note));
        }
    }

    /**
     * Takes back the item's latest event that still counts. With the version the person saw, this is a safe
     * "undo": if anyone acted on the item since, the version check refuses it. An edit is taken back whole, its
     * customer's details included, by {@code ItemService.apply}, one such event per field.
     */
    record Undo(Instant at) implements ItemAction {
        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            Set<Long> undone = ItemEvent.undoneIds(history);
            ItemEvent latest = history.stream()
                    .filter(e -> e.type() != EventType.UNDONE && !undone.contains(e.id()))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            if (latest.type() == EventType.CREATED) {
                throw new InvalidInputException("item " + item.id() + " has no action to undo");
            }
            // Undoing a hand-over hands the item back, and says so, so that as-of listings find it with its owner.
            boolean handBack = latest.type() == EventType.ESCALATED || latest.type() == EventType.REASSIGNED;
            return ItemEvent.undone(at, item.ownerId(), latest.id(), handBack ? latest.toRepId() : null,
                    handBack ? latest.fromRepId() : null);
        }
    }

    record Note(Instant at, String text) implements ItemAction {
        public Note {
            text = TextLimit.NOTE.check(Require.text(text, "the note"));
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            return ItemEvent.note(at, item.ownerId(), text);
        }
    }

    /**
     * Changes one field (see {@link EditedField}) from {@code from}, its value as stored when the edit was asked for,
     * to {@code to}; null or blank empties it. A due time ({@link #due}) is given with its due-soon start, computed
     * on the owner team's clock. See docs/metrics.md, "Edits", for what an edited due time counts as.
     */
    record Edit(Instant at, EditedField field, String from, String to, Instant dueAt, Instant dueSoonAt)
            implements ItemAction {
        public Edit {
            Objects.requireNonNull(field, "field");
            from = Require.optionalText(from);
            to = Require.optionalText(to);
            switch (field) {
                case SUBJECT -> TextLimit.SUBJECT.check(to);
                case CUSTOMER_NAME -> TextLimit.CUSTOMER_NAME.check(to);
                case COMPANY -> TextLimit.COMPANY.check(to);
                case EMAIL -> TextLimit.EMAIL.check(to);
                case PHONE -> TextLimit.PHONE.check(to);
                case DUE -> {
                }
            }
            if ((field == EditedField.DUE) != (dueAt != null && dueSoonAt != null)) {
                throw new IllegalArgumentException("an edit of the due time, and only that, gives the new due time");
            }
        }

        /** Moves the due time of a commitment or follow-up to {@code due}. */
        public static Edit due(Instant at, Instant current, Instant due, Instant dueSoon) {
            return new Edit(at, EditedField.DUE, current.toString(), due.toString(), due, dueSoon);
        }

        @Override
        public ItemEvent toEvent(Item item, List<ItemEvent> history) {
            if (java.util.Objects.equals(from, to)) {
                throw new InvalidInputException("the " + field.words().toLowerCase(java.util.Locale.ROOT) + " of item "
                        + item.id() + " is already " + (to == null ? "empty" : "\u2018" + to + "\u2019")
                        + "; nothing to change");
            }
            if (field == EditedField.CUSTOMER_NAME && to == null) {
                throw new InvalidInputException("a customer needs a name; give the new name");
            }
            if (field == EditedField.DUE) {
                checkDue(item);
            }
            return ItemEvent.edited(at, item.ownerId(), field, from, to, dueAt, dueSoonAt);
        }

        /**
         * Only a time that was given can be edited, only before it passed, and not to before the item came in: a due
         * time that has passed stays, so that the figures cannot be mended afterwards (a delay notice after the due
         * time does not count either).
         */
        private void checkDue(Item item) {
            if (item.kind().isDueByTarget()) {
                throw new InvalidInputException("item " + item.id() + " is " + (item.kind() == ItemKind.EMAIL ? "an " : "a ")
                        + item.kind().label() + ", due by the team's response target; only a commitment's or a "
                        + "follow-up's due time can be edited");
            }
            requireOpen(item, "editing its due time");
            Instant effective = item.deadline().effectiveDueAt();
            if (at.isAfter(effective)) {
                throw new InvalidInputException("item " + item.id() + " was due at " + effective + " and is overdue; "
                        + "a due time that has passed stays as it was");
            }
            if (dueAt.isBefore(item.receivedAt())) {
                throw new InvalidInputException("the due time " + dueAt + " is before the item was received ("
                        + item.receivedAt() + ")");
            }
            if (!dueAt.isAfter(at)) {
                throw new InvalidInputException("the new due time " + dueAt + " has passed already; give a later one");
            }
            TimeBounds.requireWithinYears(dueAt, "the due time");
        }
    }
}
