package dev.promptly.reports;

/**
 * One rep's week in the weekly summary (or a team's, added up): callbacks and emails received in it, commitments
 * and follow-ups due in it, escalations the rep made, and the inbox at the end of it.
 */
public record RepFigures(ChannelFigures callbacks, ChannelFigures emails, Outcomes commitments, int escalationsOut,
                         Inbox inbox) {

    public static final RepFigures NONE = new RepFigures(ChannelFigures.NONE, ChannelFigures.NONE, Outcomes.NONE, 0,
            Inbox.EMPTY);

    public ResponseWeek outcomes() {
        return new ResponseWeek(callbacks.outcomes(), emails.outcomes(), commitments);
    }

    /** See {@link ResponseWeek#onTimePct()}. */
    public Double onTimePct() {
        return outcomes().onTimePct();
    }

    public RepFigures plus(RepFigures other) {
        return new RepFigures(callbacks.plus(other.callbacks), emails.plus(other.emails),
                commitments.plus(other.commitments), escalationsOut + other.escalationsOut, inbox.plus(other.inbox));
    }
}
