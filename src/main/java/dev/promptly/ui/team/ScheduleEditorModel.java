package dev.promptly.ui.team;

import dev.promptly.common.LocalDates;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleDraft;
import dev.promptly.sla.ZoneNames;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open-hours editor of the Team screen: each weekday open or closed with its intervals, the listed holidays,
 * the dates with hours of their own, the zone (with suggestions as it is typed) and the public-holiday calendar. It
 * holds what is typed; {@link ScheduleDraft} checks it when saved.
 */
public final class ScheduleEditorModel {

    /** Zones suggested under the zone field at most. */
    static final int ZONE_SUGGESTIONS = 6;

    /** One interval as typed. */
    public final class Interval {
        private final StringProperty from = watched(new SimpleStringProperty());
        private final StringProperty to = watched(new SimpleStringProperty());
        private final BooleanProperty nextDay = watched(new SimpleBooleanProperty());

        Interval(Hours owner, String from, String to, boolean nextDay) {
            this.from.set(from);
            this.to.set(to);
            this.nextDay.set(nextDay);
            InvalidationListener retold = o -> owner.retell();
            this.from.addListener(retold);
            this.to.addListener(retold);
            this.nextDay.addListener(retold);
        }

        /** "09:00 to 12:00", "22:00 to 06:00 next day", as typed. */
        String summary() {
            return from.get() + " to " + to.get() + (nextDay.get() ? " next day" : "");
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty toProperty() {
            return to;
        }

        /** Closes after midnight, on the next day. */
        public BooleanProperty nextDayProperty() {
            return nextDay;
        }
    }

    /** Open or closed, and the intervals it is open: a weekday's row, or a date's with hours of its own. */
    public abstract class Hours {
        private final BooleanProperty open = watched(new SimpleBooleanProperty());
        private final ObservableList<Interval> intervals = FXCollections.observableArrayList();
        private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("closed");

        Hours() {
            intervals.addListener(edit);
            intervals.addListener((InvalidationListener) o -> retell());
            open.addListener(o -> retell());
            // Opening a day with no hours yet offers the usual office hours to change.
            open.addListener((o, was, now) -> {
                if (now && intervals.isEmpty()) {
                    addInterval();
                }
            });
        }

        /** "Tuesday", or the date as the user writes it. */
        public abstract String name();

        public BooleanProperty openProperty() {
            return open;
        }

        public ObservableList<Interval> intervals() {
            return intervals;
        }

        /** Another interval, after the last one: the first 09:00 to 17:00, a later one empty to be typed. */
        public void addInterval() {
            intervals.add(new Interval(this, intervals.isEmpty() ? "09:00" : "", intervals.isEmpty() ? "17:00" : "",
                    false));
        }

        /** The hours in a line, as typed: "09:00 to 12:30, 13:30 to 17:00", or "closed". */
        public ReadOnlyStringProperty summaryProperty() {
            return summary.getReadOnlyProperty();
        }

        private void retell() {
            summary.set(!open.get() || intervals.isEmpty() ? "closed"
                    : String.join(", ", intervals.stream().map(Interval::summary).toList()));
        }

        void show(ScheduleDraft.Day stored) {
            intervals.setAll(stored == null ? List.of() : stored.intervals().stream()
                    .map(i -> new Interval(this, i.from(), i.to(), i.nextDay())).toList());
            open.set(stored != null && stored.open());
        }

        ScheduleDraft.Day typed() {
            return new ScheduleDraft.Day(open.get(), intervals.stream()
                    .map(i -> new ScheduleDraft.Interval(i.from.get(), i.to.get(), i.nextDay.get())).toList());
        }
    }

    /** A weekday's row. */
    public final class Day extends Hours {
        private final DayOfWeek day;

        Day(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek day() {
            return day;
        }

        @Override
        public String name() {
            return ScheduleDraft.name(day);
        }
    }

    /** A date whose hours replace its weekday's: a half day, or closed on a day the team usually works. */
    public final class DatedHours extends Hours {
        private final LocalDate date;

        DatedHours(LocalDate date) {
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }

        @Override
        public String name() {
            return dates.format(date);
        }
    }

    private final InvalidationListener edit = o -> edited();
    private final LocalDates dates;
    private final StringProperty zone = watched(new SimpleStringProperty(""));
    private final StringProperty holidayCalendar = watched(new SimpleStringProperty(""));
    private final ObservableList<LocalDate> holidays = FXCollections.observableArrayList();
    private final ObservableList<DatedHours> dated = FXCollections.observableArrayList();
    private final ObservableList<String> zoneSuggestions = FXCollections.observableArrayList();
    private final List<Day> days = new ArrayList<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringBinding alsoHolidays;
    private Runnable onEdit = () -> { };
    private boolean loading;

    /** Dates written the user's way, as the operating system gives it. */
    public ScheduleEditorModel() {
        this(LocalDates.ofDefault());
    }

    public ScheduleEditorModel(LocalDates dates) {
        this.dates = dates;
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Day(day));
        }
        holidays.addListener(edit);
        dated.addListener(edit);
        alsoHolidays = Bindings.createStringBinding(this::alsoHolidays, holidays, dated);
    }

    private <T extends javafx.beans.value.ObservableValue<?>> T watched(T property) {
        property.addListener((o, was, is) -> edited()); // every change, whether or not the last value was read
        return property;
    }

    private void edited() {
        if (!loading) {
            problem.set("");
            onEdit.run();
        }
    }

    /** Called on every change the user makes (not on {@link #load}). */
    public void setOnEdit(Runnable onEdit) {
        this.onEdit = onEdit;
    }

    /** Shows a stored schedule; with none, every day closed in the team's {@code zone}. */
    public void load(Schedule schedule, ZoneId zone) {
        ScheduleDraft draft = ScheduleDraft.of(schedule, zone);
        loading = true;
        try {
            this.zone.set(draft.zone());
            zoneSuggestions.clear();
            holidayCalendar.set(draft.holidayCalendar());
            holidays.setAll(draft.holidays());
            dated.setAll(new TreeMap<>(draft.exceptions()).entrySet().stream().map(stored -> {
                DatedHours date = new DatedHours(stored.getKey());
                date.show(stored.getValue());
                return date;
            }).toList());
            for (Day day : days) {
                day.show(draft.days().get(day.day()));
            }
            problem.set("");
        } finally {
            loading = false;
        }
    }

    /** What is typed now, to be checked and saved in the background. */
    public ScheduleDraft draft() {
        Map<DayOfWeek, ScheduleDraft.Day> typed = new EnumMap<>(DayOfWeek.class);
        for (Day day : days) {
            typed.put(day.day(), day.typed());
        }
        Map<LocalDate, ScheduleDraft.Day> exceptions = new TreeMap<>();
        dated.forEach(date -> exceptions.put(date.date(), date.typed()));
        return new ScheduleDraft(zone.get(), typed, new ArrayList<>(holidays), holidayCalendar.get(), exceptions,
                dates);
    }

    /** Adds a holiday once, keeping the list in date order. */
    public void addHoliday(LocalDate date) {
        if (date != null && !holidays.contains(date)) {
            List<LocalDate> sorted = new ArrayList<>(holidays);
            sorted.add(date);
            sorted.sort(null);
            holidays.setAll(sorted);
        }
    }

    /**
     * Gives {@code date} hours of its own, in date order: to begin with its weekday's hours (09:00 to 17:00 when
     * the weekday is closed), to be typed over or closed. A date already listed is left as it is.
     */
    public DatedHours addDate(LocalDate date) {
        for (DatedHours listed : dated) {
            if (listed.date().equals(date)) {
                return listed;
            }
        }
        DatedHours added = new DatedHours(date);
        ScheduleDraft.Day weekday = day(date.getDayOfWeek()).typed();
        added.show(new ScheduleDraft.Day(true, weekday.open() ? weekday.intervals() : List.of()));
        List<DatedHours> sorted = new ArrayList<>(dated);
        sorted.add(added);
        sorted.sort(Comparator.comparing(DatedHours::date));
        dated.setAll(sorted);
        return added;
    }

    /** "24.12.2026 is also listed as a holiday: ..." for the dates in both lists; empty when none is. */
    private String alsoHolidays() {
        List<String> both = dated.stream().map(DatedHours::date).filter(holidays::contains).map(dates::format)
                .toList();
        if (both.isEmpty()) {
            return "";
        }
        // The schedule file's rule (docs/schedules.md): a date's own hours win over a holiday on the same date.
        String named = both.size() == 1 ? both.get(0) + " is" : String.join(", ", both.subList(0, both.size() - 1))
                + " and " + both.get(both.size() - 1) + " are";
        return both.size() == 1 ? named + " also listed as a holiday: its own hours here win over the holiday."
                : named + " also listed as holidays: their own hours here win over the holidays.";
    }

    /** Suggests zones for what is typed in the zone field: "new y" offers America/New_York. */
    public void suggestZones(String typed) {
        zoneSuggestions.setAll(ZoneNames.suggest(typed, ZONE_SUGGESTIONS));
    }

    /** Takes a suggested zone, and the suggestions go. */
    public void chooseZone(String suggested) {
        zone.set(suggested);
        zoneSuggestions.clear();
    }

    public ObservableList<String> zoneSuggestions() {
        return zoneSuggestions;
    }

    public List<Day> days() {
        return days;
    }

    public Day day(DayOfWeek day) {
        return days.get(day.ordinal());
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty holidayCalendarProperty() {
        return holidayCalendar;
    }

    public ObservableList<LocalDate> holidays() {
        return holidays;
    }

    /** The dates with hours of their own, in date order. */
    public ObservableList<DatedHours> dated() {
        return dated;
    }

    /** Says which dates are also listed as holidays, and that their own hours win; empty when none is. */
    public StringBinding alsoHolidaysProperty() {
        return alsoHolidays;
    }

    /** Why the schedule as typed cannot be saved, next to the editor; empty when nothing is wrong. */
    public StringProperty problemProperty() {
        return problem;
    }
}
