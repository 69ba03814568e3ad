package dev.promptly.sla;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One open interval of a day, in minutes after midnight. A close at or before the open runs past midnight into
 * the next day (an overnight shift) and belongs to the day it starts on; a close of 1440 is {@code 24:00}.
 */
public record OpenHours(int openMinute, int closeMinute) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public OpenHours {
        if (openMinute < 0 || openMinute >= MINUTES_PER_DAY || closeMinute < 0 || closeMinute > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("open hours out of range: " + openMinute + "-" + closeMinute);
        }
    }

    public boolean isOvernight() {
        return closeMinute <= openMinute;
    }

    /** The close as minutes after the start day's midnight: past 1440 for an overnight interval. */
    public int closeMinuteFromStartDay() {
        return isOvernight() ? closeMinute + MINUTES_PER_DAY : closeMinute;
    }

    public LocalDateTime openOn(LocalDate day) {
        return day.atStartOfDay().plusMinutes(openMinute);
    }

    public LocalDateTime closeOn(LocalDate day) {
        return day.atStartOfDay().plusMinutes(closeMinuteFromStartDay());
    }

    @Override
    public String toString() {
        return text(openMinute) + "-" + text(closeMinute);
    }

    static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
