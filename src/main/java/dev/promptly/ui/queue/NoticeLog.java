package dev.promptly.ui.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's notices, newest first, so that one missed while its pop-up was up can still be found. Those not yet seen
 * are counted until the rep opens the list; notices of earlier days are dropped when the day changes.
 */
public final class NoticeLog {

    /** A notice and when it was raised, with the zone of the team's day it belongs to. */
    public record Entry(Notice notice, Instant at, ZoneId zone) {

        LocalDate day() {
            return at.atZone(zone).toLocalDate();
        }
    }

    private final Clock clock;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper();

    public NoticeLog(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code notices}, raised now in a team working in {@code zone}; first drops those of earlier days. */
    void add(List<Notice> notices, ZoneId zone) {
        Instant now = clock.instant();
        keepOnly(now.atZone(zone).toLocalDate());
        for (Notice notice : notices) {
            entries.add(0, new Entry(notice, now, zone));
        }
        unseen.set(unseen.get() + notices.size());
    }

    /** Drops the notices of any other day than {@code today}. */
    void keepOnly(LocalDate today) {
        entries.removeIf(entry -> !entry.day().equals(today));
        // The unseen ones are always the newest, so what is dropped is seen ones first.
        unseen.set(Math.min(unseen.get(), entries.size()));
    }

    /** Forgets every notice, as for another rep's queue. */
    void clear() {
        entries.clear();
        unseen.set(0);
    }

    /** The rep opened the list: every notice in it is seen. */
    public void markSeen() {
        unseen.set(0);
    }

    /** Today's notices, newest first. */
    public ObservableList<Entry> entries() {
        return readOnly;
    }

    public ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }
}
