package dev.promptly.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Durations and instants as short, calm text: "3 h 20 min", "Fri 20 Nov 16:40". */
public final class TimeText {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private TimeText() {
    }

    /** A duration rounded down to its two largest units: "2 d 4 h", "3 h 20 min", "12 min", "under a minute". */
    public static String duration(Duration duration) {
        long minutes = Math.abs(duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return mins > 0 ? hours + " h " + mins + " min" : hours + " h";
        }
        return mins > 0 ? mins + " min" : "under a minute";
    }

    /** An age at a glance, in its largest unit: "45 min", "17 h", "2 d 20 h". */
    public static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes < 24 * 60 ? minutes / 60 + " h" : duration(age);
    }

    /**
     * A response time against an hours-based rule, compact enough for a table cell: "45 min", "23.9 h" (one decimal,
     * rounded down, so that 24 h 30 min never reads as 24 h), "5 d" from 100 hours on.
     */
    public static String hours(Duration time) {
        // One form for the screen and the exports: the PDF a manager hands out reads as the screen does.
        return dev.promptly.reports.AnswerTimeText.of(time);
    }

    /** A response target as teams state it: "24 h", "8 h", "30 min". */
    public static String target(Duration target) {
        long minutes = target.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : duration(target);
    }

    /** "in 3 h 20 min" before the due time, "overdue 45 min" or "overdue 2 d 4 h" after it. */
    public static String timeLeft(Instant now, Instant due) {
        Duration left = Duration.between(now, due);
        return left.isNegative() ? "overdue " + age(left.negated()) : "in " + duration(left);
    }

    public static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }

    /**
     * An instant with the zone it is read in, for lists that mix teams: "Sun 6 Dec 17:00 (Berlin)", "Sun 6 Dec 11:00
     * (New York)". Without it, two items due at the same local hour in two zones would look equally late.
     */
    public static String dayAndTimeWithZone(Instant instant, ZoneId zone) {
        return dayAndTime(instant, zone) + " (" + place(zone) + ")";
    }

    /** A zone as people say it: "Berlin", "New York", "UTC". */
    public static String place(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof java.time.ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        String id = normal.getId();
        int slash = id.lastIndexOf('/');
        return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    }

    /**
     * "escalate" becomes "Escalate". A text that starts with an email address ("farah.kim@… (lead) may not …") is
     * left as it is: an address is written as it is stored.
     */
    public static String capitalized(String text) {
        int firstSpace = text.indexOf(' ');
        String firstWord = firstSpace < 0 ? text : text.substring(0, firstSpace);
        return text.isEmpty() || firstWord.contains("@") ? text
                : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }
}
