package dev.promptly.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and clock times as people type and read them where they live: {@code 31.12.2026} in Germany,
 * {@code 12/31/2026} in the US, {@code 31/12/2026} in the UK and France, and ISO {@code 2026-12-31} everywhere.
 * The order of day, month and year comes from the locale's own short date form, so a date never means one day in
 * the field and another in the store. Free of JavaFX so the same rule can serve the command line and tests.
 */
public final class LocalDates {

    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 31);
    private static final LocalTime EXAMPLE_TIME = LocalTime.of(16, 30);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("H:mm"), DateTimeFormatter.ofPattern("H.mm"),
            DateTimeFormatter.ofPattern("HHmm"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h:mm[ ]a")
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h[ ]a")
                    .toFormatter(Locale.ENGLISH));

    private final Locale locale;
    private final DateTimeFormatter display;
    private final DateTimeFormatter fullYear;
    private final DateTimeFormatter shortYear;

    public LocalDates(Locale locale) {
        this.locale = locale;
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        // The locale's short form, with the year always written in full: "dd.MM.yy" becomes "dd.MM.uuuu".
        String withYear = pattern.replaceAll("y+", "uuuu");
        this.display = DateTimeFormatter.ofPattern(withYear, locale);
        // Reading is kinder than writing: one or two digits for day and month, four or two for the year.
        String lenient = withYear.replaceAll("d+", "d").replaceAll("M+", "M");
        this.fullYear = DateTimeFormatter.ofPattern(lenient, locale).withResolverStyle(ResolverStyle.STRICT);
        this.shortYear = new DateTimeFormatterBuilder()
                .appendPattern(lenient.substring(0, lenient.indexOf("uuuu")))
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                .appendPattern(lenient.substring(lenient.indexOf("uuuu") + 4))
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The user's format locale, as the operating system gives it to Java. */
    public static LocalDates ofDefault() {
        return new LocalDates(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    /** A date in the locale's short form with the full year: "31.12.2026", "12/31/2026". */
    public String format(LocalDate date) {
        return display.format(date);
    }

    /** How a date is to be typed here, shown as an example: "31.12.2026". */
    public String example() {
        return format(EXAMPLE);
    }

    /** The sentence shown when a typed date cannot be read. */
    public String dateHint() {
        return "Type a date like " + example() + ".";
    }

    /** The sentence shown when a typed time cannot be read. */
    public static String timeHint() {
        return "Type a time like " + EXAMPLE_TIME + ".";
    }

    /** The date typed, in the locale's form or ISO; empty when it is not a date (or is blank). */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter format : List.of(fullYear, shortYear, ISO)) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The date typed; an {@link InvalidInputException} saying the expected form when it cannot be read. */
    public LocalDate date(String text) {
        return parse(text).orElseThrow(() -> new InvalidInputException(dateHint()));
    }

    /** A clock time as people type it: "16:30", "9:30", "16.30", "1630", "4:30 pm"; empty when it is none. */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(typed, format));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The clock time typed; an {@link InvalidInputException} saying the expected form when it cannot be read. */
    public static LocalTime time(String text) {
        return parseTime(text).orElseThrow(() -> new InvalidInputException(timeHint()));
    }
}
