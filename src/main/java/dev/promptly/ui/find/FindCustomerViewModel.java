package dev.promptly.ui.find;

import dev.promptly.items.CustomerSearch;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.Customer;
import dev.promptly.people.Directory;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.queue.EventText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Find a customer (Ctrl+K): any customer of the team by name, company, email or phone, with their open items
 * whoever owns them and what was done for them lately. Searches in the background as the user types, a moment
 * after the last key, and drops answers to searches typed over since. An item of one's own opens in the queue;
 * anyone else's shows read-only with its history.
 */
public final class FindCustomerViewModel {

    /** How long typing must pause before a search goes out: one per word rather than one per key. */
    static final Duration PAUSE = Duration.millis(150);

    private final CustomerSearch search;
    private final ItemService items;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Rep viewer;
    private final SignedIn signedIn;
    private final LongConsumer openOwn;
    private final PauseTransition typing = new PauseTransition(PAUSE);
    private long generation;
    /** Whose items the search covers; looked up with the first search, off the JavaFX thread. */
    private volatile Scope scope;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<FindRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper chosenTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<String> chosenHistory = FXCollections.observableArrayList();

    private record Scope(Set<Long> ownerIds, Directory directory) {
    }

    private record Answer(String typed, List<CustomerSearch.Found> found, Directory directory, Instant at) {
    }

    /** {@code openOwn} shows one of the viewer's own items in their queue. */
    public FindCustomerViewModel(CustomerSearch search, ItemService items, PeopleService people, Clock clock,
                                 TaskRunner tasks, Rep viewer, SignedIn signedIn, LongConsumer openOwn) {
        this.search = search;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.viewer = viewer;
        this.signedIn = signedIn;
        this.openOwn = openOwn;
        status.set(hint());
        typing.setOnFinished(e -> runSearch());
        query.addListener((o, was, is) -> {
            generation++; // whatever is on its way answers what is no longer typed
            if (is == null || is.isBlank()) {
                typing.stop();
                rows.clear();
                status.set(hint());
            } else {
                typing.playFromStart();
            }
        });
    }

    private static String hint() {
        return "Type a name, company, email or phone number.";
    }

    /** Searches now, without waiting for the typing to pause. */
    public void runSearch() {
        typing.stop();
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            return;
        }
        long mine = ++generation;
        Instant now = clock.instant();
        status.set("Searching…");
        tasks.run(() -> {
            Scope s = scope();
            return new Answer(typed, search.find(typed, s.ownerIds(), now), s.directory(), now);
        }, answer -> {
            if (mine == generation) {
                show(answer);
            }
        }, failure -> {
            if (mine == generation) {
                rows.clear();
                status.set("Cannot search now: " + failure.getMessage());
            }
        });
    }

    private Scope scope() {
        if (scope == null) {
            scope = new Scope(search.scope(viewer, signedIn), people.directory());
        }
        return scope;
    }

    private static boolean readsAs(List<FindRow> shown, List<FindRow> answer) {
        if (shown.size() != answer.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            FindRow was = shown.get(i);
            FindRow is = answer.get(i);
            if (was.kind() != is.kind() || !was.text().equals(is.text())
                    || (was.item() == null ? is.item() != null
                    : is.item() == null || was.item().item().id() != is.item().item().id())) {
                return false;
            }
        }
        return true;
    }

    private void show(Answer answer) {
        List<FindRow> shown = new ArrayList<>();
        for (CustomerSearch.Found found : answer.found()) {
            shown.add(new FindRow(FindRow.Kind.CUSTOMER, describe(found.customer()), null));
            found.open().forEach(v -> shown.add(new FindRow(FindRow.Kind.OPEN, open(v, answer.at()), v)));
            if (found.open().isEmpty()) {
                shown.add(new FindRow(FindRow.Kind.NOTE, "No open items", null));
            }
            found.recent().forEach(v -> shown.add(new FindRow(FindRow.Kind.DONE, done(v), v)));
        }
        // An answer that reads as the one shown (a search typed on, "acm" to "acme") leaves the list alone: a line
        // the user already went down to stays chosen.
        if (!readsAs(rows, shown)) {
            rows.setAll(shown);
        }
        int count = answer.found().size();
        status.set(count == 0 ? "No customer of " + whose() + " matches “" + answer.typed().strip() + "”."
                : count >= CustomerSearch.MOST_CUSTOMERS ? "The first " + count + " customers; type more to narrow."
                : count == 1 ? "1 customer." : count + " customers.");
    }

    private String whose() {
        return scope != null && scope.ownerIds() == null ? "any team" : "your team";
    }

    private static String describe(Customer c) {
        return String.join(" · ", Stream.of(c.name(), c.company(), c.phone(), c.email())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    private String open(ItemView v, Instant now) {
        return title(v) + " · " + (v.owner().id() == viewer.id() ? "yours" : v.owner().name()) + " · "
                + TimeText.timeLeft(now, v.effectiveDueAt());
    }

    private String done(ItemView v) {
        return "Done: " + title(v) + " · " + v.owner().name() + " · "
                + when(v.item().progress().resolvedAt(), v);
    }

    /**
     * A time as the item's team reads it, with that team's zone when it is not the viewer's: a manager finding a
     * customer of New York and Berlin would otherwise read "Sun 6 Dec 17:00" for two different moments. Its spaces do
     * not break, so a wrapped line never parts a time from its zone ("(New" / "York)").
     */
    private String when(Instant at, ItemView v) {
        return v.team().id() == viewer.teamId() ? TimeText.dayAndTime(at, v.team().zone())
                : TimeText.dayAndTimeWithZone(at, v.team().zone()).replace(' ', '\u00A0');
    }

    private static String title(ItemView v) {
        String kind = TimeText.capitalized(v.item().kind().label());
        String subject = v.item().subject();
        return subject == null || subject.isBlank() ? kind : kind + " “" + subject + "”";
    }

    /**
     * Return on a line: one's own open item opens in the queue; anyone else's item, or a done one, shows with its
     * history here, read-only. Returns true when the panel has done its job and may close.
     */
    public boolean choose(FindRow row) {
        if (row == null || row.item() == null) {
            return false;
        }
        ItemView v = row.item();
        if (v.owner().id() == viewer.id() && v.item().progress().isOpen()) {
            openOwn.accept(v.item().id());
            return true;
        }
        long itemId = v.item().id();
        Instant now = clock.instant();
        chosenTitle.set(title(v) + " for " + v.customer().name() + ", " + v.owner().name() + "'s: " + mayDo(v));
        chosenHistory.clear();
        tasks.run(() -> items.history(itemId, now), history -> {
            Directory directory = scope().directory();
            chosenHistory.setAll(history.stream().map(e -> line(e, v, directory)).toList());
        }, failure -> chosenHistory.setAll("Cannot read its history: " + failure.getMessage()));
        return false;
    }

    /** What the viewer may do about someone else's item, in words. */
    private String mayDo(ItemView v) {
        if (signedIn == null || signedIn.mayActFor(v.owner())) {
            return v.item().progress().isOpen() ? "shown read-only here; act on it from the Team board (Ctrl+2)"
                    : "done, shown read-only";
        }
        return v.item().progress().isOpen() ? "read-only for you; ask " + v.owner().name() + " or your lead"
                : "done, shown read-only";
    }

    private String line(ItemEvent e, ItemView v, Directory directory) {
        String who = EventText.who(e, directory);
        return when(e.at(), v) + "  " + EventText.what(e, v.item().kind(), directory,
                v.team().zone()) + (who.isEmpty() ? "" : " (" + who + ")");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<FindRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chosenTitleProperty() {
        return chosenTitle.getReadOnlyProperty();
    }

    public ObservableList<String> chosenHistory() {
        return chosenHistory;
    }
}
