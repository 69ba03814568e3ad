package dev.promptly.ui.board;

import dev.promptly.board.Board;
import dev.promptly.board.BoardService;
import dev.promptly.board.RepRow;
import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.items.ItemService;
import dev.promptly.items.ItemView;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The team lead's board: the chosen team's figures, the selected rep's overdue items, and moving items to
 * another rep. Everything loads in the background; only the latest load shows.
 */
public final class BoardViewModel {

    private final BoardService boards;
    private final ItemService items;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Board> board = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RepRow> selectedRep = new SimpleObjectProperty<>();
    private final ObservableList<ItemView> repOverdue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canChooseTeam = new ReadOnlyBooleanWrapper();
    private boolean ownTeamOnly;
    private final ReadOnlyBooleanWrapper canReassign = new ReadOnlyBooleanWrapper();
    private long loadGeneration;
    /** False until the board is first shown; afterwards the team (or all teams, null) is the user's choice. */
    private boolean teamChosen;
    private long overdueGeneration;
    /** Why the store cannot be used now (its server is out of reach); null when it can. */
    private String unreachable;
    /** The user the board is shown to, who is recorded as doing what they do here. */
    private Rep viewer;
    /** Below this many decided items, the week's on-time rate is shown with last week's beside it. */
    private int onTimeMinimum = dev.promptly.ui.Settings.DEFAULT_ON_TIME_MINIMUM;

    private record Loaded(List<Team> teams, Board board) {
    }

    public BoardViewModel(BoardService boards, ItemService items, PeopleService people, Clock clock, TaskRunner tasks,
                          DialogService dialogs) {
        this.boards = boards;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        // Teams are reloaded with every board, as new objects: only a different team means a new board.
        team.addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                refresh();
            }
        });
        // A reload brings new rows for the same reps: only another rep means another list of overdue items.
        selectedRep.addListener((o, a, b) -> {
            if (a == null || b == null || a.rep().id() != b.rep().id()) {
                loadOverdue(b);
            }
        });
    }

    /**
     * Shows the board to {@code viewer}: their own team at first; leads and managers may then pick any team, or
     * all of them.
     */
    public void show(Rep viewer) {
        this.viewer = viewer;
        canChooseTeam.set(viewer.role() != Role.REP && !ownTeamOnly);
        // Reassigning is for leads and managers; on a team store the server refuses it to reps as well.
        canReassign.set(viewer.role() != Role.REP);
        tasks.run(() -> people.teamOf(viewer), own -> {
            if (!teamChosen || !canChooseTeam.get()) {
                teamChosen = true;
                team.set(own); // refreshes when it changes
            }
            refresh();
        }, this::failed);
    }

    /** Loads the board again, and the selected rep's overdue items. */
    public void refresh() {
        refresh(true);
    }

    /** Loads the figures again but leaves the overdue list, and what the lead selected in it, as it is. */
    public void refreshFigures() {
        refresh(false);
    }

    /**
     * While {@code why} is not null the team server is out of reach: the board keeps what it last loaded, does not
     * reload, and refuses reassignments with {@code why}. Null again when the server is back.
     */
    public void refuseWhileUnreachable(String why) {
        unreachable = why;
        if (why == null && message.get().startsWith("Cannot reach the team server")) {
            message.set(""); // the refusal of an action no longer holds
        }
    }

    private void refresh(boolean overdueToo) {
        if (unreachable != null) {
            return; // what was last loaded stays on screen until the server is back
        }
        Team chosen = team.get();
        long generation = ++loadGeneration;
        tasks.run(() -> new Loaded(people.teams(), boards.board(chosen, clock.instant())), loaded -> {
            if (generation != loadGeneration) {
                return;
            }
            teams.setAll(loaded.teams());
            long keep = selectedRep.get() == null ? -1 : selectedRep.get().rep().id();
            board.set(loaded.board());
            RepRow before = selectedRep.get();
            selectedRep.set(loaded.board().reps().stream().filter(r -> r.rep().id() == keep).findFirst()
                    .orElse(loaded.board().reps().isEmpty() ? null : loaded.board().reps().get(0)));
            if (overdueToo && before != null && selectedRep.get() != null
                    && before.rep().id() == selectedRep.get().rep().id()) {
                loadOverdue(selectedRep.get());
            }
        }, this::failed);
    }

    private void loadOverdue(RepRow row) {
        long generation = ++overdueGeneration;
        if (row == null) {
            repOverdue.clear();
            return;
        }
        long repId = row.rep().id();
        tasks.run(() -> items.queue(Set.of(repId), clock.instant()).stream()
                        .filter(v -> v.state() == ItemState.OVERDUE)
                        .toList(),
                overdue -> {
                    if (generation == overdueGeneration) {
                        repOverdue.setAll(overdue);
                    }
                }, this::failed);
    }

    /** Moves {@code chosen} items to a rep the lead picks, with a reason, all at once. */
    public void reassign(List<ItemView> chosen) {
        reassign(chosen.stream().map(v -> v.item().id()).toList(),
                chosen.stream().map(v -> v.owner().id()).collect(java.util.stream.Collectors.toSet()));
    }

    /** Moves the escalated items of {@code chosen} on, as {@link #reassign(List)} does. */
    public void reassignEscalated(List<dev.promptly.board.Escalation> chosen) {
        reassign(chosen.stream().map(dev.promptly.board.Escalation::itemId).distinct().toList(),
                chosen.stream().map(e -> e.to().id()).collect(java.util.stream.Collectors.toSet()));
    }

    /** @param owners who holds the items now: left out of the list, as moving an item to its owner is refused */
    private void reassign(List<Long> ids, Set<Long> owners) {
        if (ids.isEmpty()) {
            return;
        }
        if (unreachable != null) {
            message.set(unreachable);
            dialogs.showError("The team server is out of reach", unreachable);
            return;
        }
        Long boardTeam = team.get() == null ? null : team.get().id();
        tasks.run(() -> reassignable(new dev.promptly.board.Colleagues(items, people)
                        .except(owners, boardTeam, clock.instant())),
                reps -> dialogs.askReassignment(ids.size(), reps).ifPresent(answer -> tasks.run(
                        () -> items.reassign(ids, answer.to().id(), answer.reason(), clock.instant(), actor()),
                        moved -> {
                            message.set("Reassigned " + moved.size() + (moved.size() == 1 ? " item" : " items")
                                    + " to " + answer.to().name());
                            refresh();
                        },
                        this::failed)),
                this::failed);
    }

    /**
     * Those the viewer may hand work to: for a lead signed in to a team server, their own team (the server refuses
     * the others).
     */
    private List<dev.promptly.board.Colleague> reassignable(List<dev.promptly.board.Colleague> colleagues) {
        return !ownTeamOnly || viewer == null ? colleagues
                : colleagues.stream().filter(c -> c.rep().teamId() == viewer.teamId()).toList();
    }

    /** Who reassigns: the user the board is shown to (their chosen profile). */
    private Long actor() {
        return viewer == null ? null : viewer.id();
    }

    private void failed(Throwable failure) {
        message.set(failure.getMessage());
        if (failure instanceof UnavailableException) {
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("The team server is out of reach", message.get());
        } else if (failure instanceof NotAllowedException) {
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("Not allowed", message.get());
        } else if (failure instanceof StoreException) {
            // A full disk, a read-only or damaged store: the message says what is wrong and that nothing was written.
            message.set(TimeText.capitalized(failure.getMessage()) + ".");
            dialogs.showError("That did not work", message.get());
        } else if (failure instanceof InvalidInputException || failure instanceof ConflictException) {
            dialogs.showError("That did not work", failure.getMessage());
            refresh();
        } else {
            dialogs.showError("Something went wrong", String.valueOf(failure.getMessage()));
        }
    }

    /** How many decided items this week's on-time rate needs before it stands on its own (a setting). */
    public int onTimeMinimum() {
        return onTimeMinimum;
    }

    public void onTimeMinimum(int minimum) {
        this.onTimeMinimum = minimum;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    /** The team shown; null for all teams. */
    public ObjectProperty<Team> teamProperty() {
        return team;
    }

    public ReadOnlyObjectProperty<Board> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ObjectProperty<RepRow> selectedRepProperty() {
        return selectedRep;
    }

    public ObservableList<ItemView> repOverdue() {
        return repOverdue;
    }

    public ReadOnlyBooleanProperty canReassignProperty() {
        return canReassign.getReadOnlyProperty();
    }

    /**
     * Keeps the viewer to their own team whatever their role: on a team store a lead signed in sees only their team,
     * and other teams would show empty.
     */
    public void ownTeamOnly(boolean only) {
        this.ownTeamOnly = only;
    }

    public ReadOnlyBooleanProperty canChooseTeamProperty() {
        return canChooseTeam.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
