package dev.promptly.items;

import dev.promptly.common.Labeled;

public enum ItemKind implements Labeled {
    /** A call to return. Due by the owner team's target after the call came in. */
    CALLBACK("callback"),
    /** A message awaiting a reply. Due by the owner team's target after it arrived. */
    EMAIL("email"),
    /** A promise the rep made, due when the rep said. */
    COMMITMENT("commitment"),
    /** A proactive contact the rep plans, due when the rep said. */
    FOLLOW_UP("follow-up");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Callbacks and emails are due by the team's target; commitments and follow-ups by a time the rep gives. */
    public boolean isDueByTarget() {
        return this == CALLBACK || this == EMAIL;
    }
}
