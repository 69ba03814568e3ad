package dev.promptly.reports;

/**
 * Callbacks or emails received in a week: their outcomes, and how long the answered ones took in calendar time and,
 * where the team counts business hours, in business time ({@code business} is null on the calendar clock).
 */
public record ChannelFigures(Outcomes outcomes, ResponseSample calendar, ResponseSample business) {

    public static final ChannelFigures NONE = new ChannelFigures(Outcomes.NONE, ResponseSample.EMPTY, null);

    /** Pooled; business times only when both sides have them. */
    public ChannelFigures plus(ChannelFigures other) {
        return new ChannelFigures(outcomes.plus(other.outcomes), calendar.plus(other.calendar),
                business == null || other.business == null ? null : business.plus(other.business));
    }
}
