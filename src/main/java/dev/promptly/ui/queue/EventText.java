package dev.promptly.ui.queue;

import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.people.Directory;
import dev.promptly.items.EditedField;
import dev.promptly.ui.OutcomeWords;
import dev.promptly.ui.TimeText;
import java.time.Instant;
import java.time.ZoneId;

/** What an event says in a person's words, for the timeline. */
public final class EventText {

    private EventText() {
    }

    public static String what(ItemEvent e, ItemKind kind, Directory directory, ZoneId zone) {
        String text = switch (e.type()) {
            case CREATED -> switch (kind) {
                case CALLBACK -> "Call came in";
                case EMAIL -> "Email arrived";
                case COMMITMENT -> "Promised";
                case FOLLOW_UP -> "Follow-up planned";
            };
            case ATTEMPT -> "Called: " + OutcomeWords.inSentence(e.outcome());
            case REPLIED -> "Replied";
            case DELAY -> "Told the customer it will take until " + TimeText.dayAndTime(e.promisedUntil(), zone);
            case ESCALATED -> "Escalated to " + directory.rep(e.toRepId()).name();
            case REASSIGNED -> "Reassigned to " + directory.rep(e.toRepId()).name();
            case COMPLETED -> "Completed";
            case RECALCULATED -> "Due time recalculated to " + TimeText.dayAndTime(e.dueAt(), zone);
            case REOPENED -> "Reopened";
            case NOTE -> "Note";
            case EDITED -> edited(e, zone);
            case UNDONE -> "Undid the previous action";
        };
        return e.note() == null ? text : text + ": " + e.note();
    }

    /** "Subject changed from ‘A’ to ‘B’", "Phone removed (was ‘…’)", "Due time changed from Fri 16:00 to …". */
    private static String edited(ItemEvent e, ZoneId zone) {
        String from = value(e.field(), e.oldValue(), zone);
        String to = value(e.field(), e.newValue(), zone);
        if (from == null) {
            return e.field().words() + " set to " + to;
        }
        if (to == null) {
            return e.field().words() + " removed (was " + from + ")";
        }
        return e.field().words() + " changed from " + from + " to " + to;
    }

    private static String value(EditedField field, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        return field == EditedField.DUE ? TimeText.dayAndTime(Instant.parse(value), zone) : "\u2018" + value + "\u2019";
    }

    /**
     * Who did it, as recorded; nobody for the system's events and for a reassignment whose lead was not named (the
     * rep it was taken from did not do it).
     */
    public static String who(ItemEvent e, Directory directory) {
        return e.actorId() == null ? "" : directory.rep(e.actorId()).name();
    }
}
