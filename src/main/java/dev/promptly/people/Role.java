package dev.promptly.people;

import dev.promptly.common.Labeled;
import java.util.Locale;

/** What a person does in the team; leads and managers see more than their own queue. */
public enum Role implements Labeled {
    REP, LEAD, MANAGER;

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
