package dev.promptly.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.promptly.common.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of a country or one of its regions ({@code DE}, {@code DE-BY}, {@code US-NY}), from the
 * jollyday library. A holiday observed on another day (a Saturday holiday taken on the Friday) closes the day it
 * is taken on.
 */
public final class PublicHolidays {

    private final String code;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
    /** The holiday data, read when first needed: reading it takes a few hundred milliseconds. */
    private volatile Calendar calendar;

    private record Calendar(HolidayManager manager, String[] region) {
    }

    private PublicHolidays(String code, Calendar calendar) {
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.calendar = calendar;
    }

    /** The calendar for a code such as {@code DE-BY}; an unknown country or region is an invalid input. */
    public static PublicHolidays of(String code) {
        return new PublicHolidays(code, read(code));
    }

    /**
     * A calendar whose code was checked when it was stored; its data is read on first use, so that opening a store
     * does not wait for every team's holidays.
     */
    public static PublicHolidays known(String code) {
        return new PublicHolidays(code, null);
    }

    private Calendar calendar() {
        Calendar read = calendar;
        if (read == null) {
            synchronized (this) {
                read = calendar;
                if (read == null) {
                    read = read(code);
                    calendar = read;
                }
            }
        }
        return read;
    }

    private static Calendar read(String code) {
        String[] parts = code.strip().toLowerCase(Locale.ROOT).split("-");
        String country = parts[0];
        boolean known = HolidayManager.getSupportedCalendarCodes().stream().anyMatch(country::equalsIgnoreCase);
        if (!known) {
            throw new InvalidInputException("unknown holiday calendar '" + code + "': no country '"
                    + country.toUpperCase(Locale.ROOT) + "'");
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        String[] region = new String[parts.length - 1];
        var level = manager.getCalendarHierarchy();
        for (int i = 1; i < parts.length; i++) {
            level = level.getChildren().get(parts[i]);
            if (level == null) {
                throw new InvalidInputException("unknown holiday calendar '" + code + "': no region '"
                        + parts[i].toUpperCase(Locale.ROOT) + "'");
            }
            region[i - 1] = parts[i];
        }
        return new Calendar(manager, region);
    }

    public String code() {
        return code;
    }

    public boolean contains(LocalDate date) {
        // A holiday can be observed in a neighbouring year: New Year's Day on a Saturday is taken on 31 December.
        int year = date.getYear();
        return observedIn(year).contains(date) || observedIn(year + 1).contains(date)
                || observedIn(year - 1).contains(date);
    }

    private Set<LocalDate> observedIn(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    /** The dates on which the holidays of {@code year} are observed. */
    private Set<LocalDate> load(int year) {
        Calendar read = calendar();
        return read.manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, read.region()).stream()
                .map(Holiday::getDate) // the day it is observed, e.g. Friday for a Saturday holiday
                .collect(Collectors.toUnmodifiableSet());
    }
}
