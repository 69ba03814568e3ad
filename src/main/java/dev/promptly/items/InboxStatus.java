package dev.promptly.items;

import dev.promptly.common.Labeled;

/** How near a rep's inbox is to zero: the habit of keeping at most a few emails, all answered in time. */
public enum InboxStatus implements Labeled {
    /** No open email. */
    ZERO("zero"),
    /** One to five open emails, none overdue. */
    FEW("few"),
    /** More than five open emails, or any overdue. */
    OVER("over");

    public static final int FEW_AT_MOST = 5;

    private final String label;

    InboxStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static InboxStatus of(int openEmails, int overdueEmails) {
        if (openEmails == 0) {
            return ZERO;
        }
        return openEmails <= FEW_AT_MOST && overdueEmails == 0 ? FEW : OVER;
    }
}
