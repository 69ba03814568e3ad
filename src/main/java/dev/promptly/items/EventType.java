package dev.promptly.items;

import dev.promptly.common.Labeled;

public enum EventType implements Labeled {
    CREATED("created"),
    ATTEMPT("attempt"),
    REPLIED("replied"),
    /** The customer or colleague was told the answer will take longer, with a new promised time. */
    DELAY("delay"),
    ESCALATED("escalated"),
    REASSIGNED("reassigned"),
    COMPLETED("completed"),
    /** The due time was computed again after the team's response policy changed. */
    RECALCULATED("recalculated"),
    REOPENED("reopened"),
    NOTE("note"),
    /** A person changed the item's subject or due time, or its customer's contact details: old and new value. */
    EDITED("edited"),
    /** Takes back the item's latest action; the undone event stays in the history but no longer counts. */
    UNDONE("undone");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Events that hand the item to another owner. */
    public boolean transfersOwnership() {
        return this == CREATED || this == ESCALATED || this == REASSIGNED;
    }
}
