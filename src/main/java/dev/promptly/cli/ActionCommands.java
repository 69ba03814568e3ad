package dev.promptly.cli;

import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The things people do to an item, one command each; {@code --at} says when it happened (default now), {@code --by}
 * who did it.
 */
final class ActionCommands {

    private ActionCommands() {
    }

    /** Shared by every action: the item id, {@code --at}, and recording the action through the item service. */
    abstract static class ActionCommand implements Runnable {
        final Session session;

        @Parameters(index = "0", paramLabel = "ID", description = "The item's id.")
        long id;

        @Mixin
        AtOption at;

        @Mixin
        ByOption by;

        ActionCommand(Session session) {
            this.session = session;
        }

        Instant when() {
            return session.at(at.at);
        }

        abstract ItemAction action();

        /** An instant as the item's owner team reads it. */
        String time(Item item, Instant instant) {
            return Times.iso(instant, session.context().people().directory().teamOf(item.ownerId()).zone());
        }

        abstract String done(Item item);

        @Override
        public void run() {
            Item item = session.context().items().apply(id, null, action(), session.actor(by));
            session.say(done(item));
        }
    }

    @Command(name = "attempt", mixinStandardHelpOptions = true,
            description = "Log a call attempt. A callback is returned by its first reached or voicemail attempt.")
    static final class Attempt extends ActionCommand {
        @Option(names = "--outcome", required = true, paramLabel = "O", converter = Converters.OutcomeConverter.class,
                description = "reached, voicemail, no-answer, busy or wrong-number.")
        AttemptOutcome outcome;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        Attempt(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Attempt(when(), outcome, note);
        }

        @Override
        String done(Item item) {
            return "Logged attempt " + item.progress().attempts() + " on item " + item.id() + ": " + outcome.label()
                    + (item.progress().isOpen() ? "" : " (returned)");
        }
    }

    @Command(name = "reply", mixinStandardHelpOptions = true, description = "Mark an email replied.")
    static final class Reply extends ActionCommand {
        Reply(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Reply(when());
        }

        @Override
        String done(Item item) {
            return "Item " + item.id() + " replied";
        }
    }

    @Command(name = "delay", mixinStandardHelpOptions = true,
            description = {"Record that the customer was told the answer will take longer.",
                "Told before the due time, the item is informed and due at the promised time."})
    static final class Delay extends ActionCommand {
        @Option(names = "--until", required = true, paramLabel = "T", converter = Converters.InstantConverter.class,
                description = "The new promised time.")
        Instant until;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What the customer was told.")
        String note;

        Delay(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Delay(when(), until, note);
        }

        @Override
        String done(Item item) {
            boolean informed = until.equals(item.progress().promisedUntil());
            return "Item " + item.id() + (informed ? " now promised for " + time(item, until)
                    : ": notice recorded, but it came after the due time, so the item stays late");
        }
    }

    /** Escalate and reassign: hand the item to another rep, keeping its received and due times. */
    abstract static class TransferCommand extends ActionCommand {
        @Option(names = "--to", required = true, paramLabel = "EMAIL", description = "The new owner.")
        String to;

        @Option(names = "--reason", required = true, paramLabel = "R")
        String reason;

        TransferCommand(Session session) {
            super(session);
        }

        abstract EventType type();

        @Override
        ItemAction action() {
            return new ItemAction.Transfer(type(), when(), session.context().people().rep(to).id(), reason);
        }

        @Override
        String done(Item item) {
            return "Item " + item.id() + " " + type().label() + " to " + to;
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "Hand an item to a colleague who can solve it.")
    static final class Escalate extends TransferCommand {
        Escalate(Session session) {
            super(session);
        }

        @Override
        EventType type() {
            return EventType.ESCALATED;
        }
    }

    @Command(name = "complete", mixinStandardHelpOptions = true,
            description = "Complete an item: a commitment kept, a follow-up made, or any item closed.")
    static final class Complete extends ActionCommand {
        Complete(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Complete(when());
        }

        @Override
        String done(Item item) {
            return "Item " + item.id() + " completed";
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Reopen a done item.")
    static final class Reopen extends ActionCommand {
        @Option(names = "--note", paramLabel = "TEXT", description = "Why it was reopened.")
        String note;

        Reopen(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Reopen(when(), note);
        }

        @Override
        String done(Item item) {
            return "Item " + item.id() + " reopened";
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to an item's history.")
    static final class Note extends ActionCommand {
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        Note(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Note(when(), text);
        }

        @Override
        String done(Item item) {
            return "Noted on item " + item.id();
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Take back an item's latest action; it stays in the history, marked undone.")
    static final class Undo extends ActionCommand {
        Undo(Session session) {
            super(session);
        }

        @Override
        ItemAction action() {
            return new ItemAction.Undo(when());
        }

        @Override
        String done(Item item) {
            return "Undid the latest action on item " + item.id();
        }
    }
}
