package dev.promptly.ui.team;

import dev.promptly.sla.OpenHours;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleDraft;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open-hours editor of the Team screen: each weekday open or closed with its intervals, the listed holidays,
 * the zone and the public-holiday calendar. It holds what is typed; {@link ScheduleDraft} checks it when saved.
 * Date exceptions have no editor here and are kept as they were.
 */
public final class ScheduleEditorModel {

    /** One interval as typed. */
    public final class Interval {
        private final StringProperty from = watched(new SimpleStringProperty());
        private final StringProperty to = watched(new SimpleStringProperty());
        private final BooleanProperty nextDay = watched(new SimpleBooleanProperty());

        Interval(String from, String to, boolean nextDay) {
            this.from.set(from);
            this.to.set(to);
            this.nextDay.set(nextDay);
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

    /** A weekday's row: open or closed, and its intervals. */
    public final class Day {
        private final DayOfWeek day;
        private final BooleanProperty open = watched(new SimpleBooleanProperty());
        private final ObservableList<Interval> intervals = FXCollections.observableArrayList();

        Day(DayOfWeek day) {
            this.day = day;
            intervals.addListener(edit);
            // Opening a day with no hours yet offers the usual office hours to change.
            open.addListener((o, was, now) -> {
                if (now && intervals.isEmpty()) {
                    addInterval();
                }
            });
        }

        public DayOfWeek day() {
            return day;
        }

        public String name() {
            return ScheduleDraft.name(day);
        }

        public BooleanProperty openProperty() {
            return open;
        }

        public ObservableList<Interval> intervals() {
            return intervals;
        }

        /** Another interval, after the last one: the first of a day 09:00 to 17:00, a later one empty to be typed. */
        public void addInterval() {
            intervals.add(new Interval(intervals.isEmpty() ? "09:00" : "", intervals.isEmpty() ? "17:00" : "", false));
        }
    }

    private final InvalidationListener edit = o -> edited();
    private final StringProperty zone = watched(new SimpleStringProperty(""));
    private final StringProperty holidayCalendar = watched(new SimpleStringProperty(""));
    private final ObservableList<LocalDate> holidays = FXCollections.observableArrayList();
    private final List<Day> days = new ArrayList<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty keptExceptions =
            new javafx.beans.property.SimpleIntegerProperty();
    private Map<LocalDate, List<OpenHours>> exceptions = Map.of();
    private Runnable onEdit = () -> { };
    private boolean loading;

    public ScheduleEditorModel() {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Day(day));
        }
        holidays.addListener(edit);
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
            holidayCalendar.set(draft.holidayCalendar());
            holidays.setAll(draft.holidays());
            exceptions = draft.exceptions();
            keptExceptions.set(exceptions.size());
            for (Day day : days) {
                ScheduleDraft.Day stored = draft.days().get(day.day());
                day.intervals.setAll(stored == null ? List.of() : stored.intervals().stream()
                        .map(i -> new Interval(i.from(), i.to(), i.nextDay())).toList());
                day.open.set(stored != null && stored.open());
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
            typed.put(day.day(), new ScheduleDraft.Day(day.open.get(), day.intervals.stream()
                    .map(i -> new ScheduleDraft.Interval(i.from.get(), i.to.get(), i.nextDay.get())).toList()));
        }
        return new ScheduleDraft(zone.get(), typed, new ArrayList<>(holidays), holidayCalendar.get(), exceptions);
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

    /** How many date exceptions the schedule has, kept unchanged (no editor for them here). */
    public javafx.beans.property.ReadOnlyIntegerProperty keptExceptionsProperty() {
        return keptExceptions;
    }

    /** Why the schedule as typed cannot be saved, next to the editor; empty when nothing is wrong. */
    public StringProperty problemProperty() {
        return problem;
    }
}
