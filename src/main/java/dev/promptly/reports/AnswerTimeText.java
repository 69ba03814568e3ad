package dev.promptly.reports;

import java.time.Duration;

/**
 * A response time as the weekly summary writes it everywhere, on screen and on paper: "45 min", "23.9 h" (one
 * decimal, rounded down, so that 24 h 30 min never reads as 24 h), "5 d" from 100 hours on. Compact enough for a
 * table cell and read against an hours-based rule.
 */
public final class AnswerTimeText {

    private AnswerTimeText() {
    }

    public static String of(Duration time) {
        long minutes = Math.max(0, time.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long tenths = time.toSeconds() / 360;
        return tenths < 1000 ? tenths / 10 + "." + tenths % 10 + " h" : time.toDays() + " d";
    }

    /** The same for a time in whole seconds. */
    public static String ofSeconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }
}
