package dev.promptly.items;

import dev.promptly.common.Labeled;

public enum AttemptOutcome implements Labeled {
    REACHED("reached"),
    VOICEMAIL("voicemail"),
    NO_ANSWER("no-answer"),
    BUSY("busy"),
    WRONG_NUMBER("wrong-number");

    private final String label;

    AttemptOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A callback counts as returned once the customer was reached or a message was left for them. */
    public boolean returnsCall() {
        return this == REACHED || this == VOICEMAIL;
    }
}
