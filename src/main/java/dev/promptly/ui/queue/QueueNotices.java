package dev.promptly.ui.queue;

import dev.promptly.people.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The queue's notices: items that just became urgent pop up once, and stay in today's log. */
final class QueueNotices {

    private final UrgencyNotices urgency = new UrgencyNotices();
    private final ObservableList<Notice> popUps = FXCollections.observableArrayList();
    private final NoticeLog log;

    QueueNotices(Clock clock) {
        this.log = new NoticeLog(clock);
    }

    /** A queue is shown anew: what is urgent on its first load is not news; another rep's empties the log. */
    void startOver(boolean otherRep) {
        if (otherRep) {
            log.clear(); // the notices were about the previous rep's items
        }
        urgency.reset();
    }

    /** A load for {@code day}: the log keeps only that day's notices. */
    void loadedFor(LocalDate day) {
        log.keepOnly(day);
    }

    /** Pops up the items of {@code rows} that just became urgent, and keeps them in today's log. */
    void announce(List<ItemRow> rows, Team team) {
        List<Notice> news = urgency.newlyUrgent(rows);
        if (!news.isEmpty() && team != null) {
            log.add(news, team.zone());
        }
        popUps.addAll(news);
    }

    ObservableList<Notice> popUps() {
        return popUps;
    }

    NoticeLog log() {
        return log;
    }
}
