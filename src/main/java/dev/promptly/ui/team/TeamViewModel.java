package dev.promptly.ui.team;

import dev.promptly.common.ConflictException;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.common.StoreException;
import dev.promptly.common.UnavailableException;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.SignIns;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import dev.promptly.people.TeamRights;
import dev.promptly.people.TeamSetup;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.InvalidScheduleException;
import dev.promptly.sla.ScheduleDraft;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Team screen: a team's people, adding teammates (with a login on a team store), their roles and teams, and
 * the team's response policy. What the user may not change is not offered ({@link TeamRights}); what the store
 * refuses all the same is said in words. Every read and write runs in the background.
 */
public final class TeamViewModel {

    private final TeamSetup setup;
    private final PeopleService people;
    private final TaskRunner tasks;

    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObservableList<Rep> members = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAddLogins = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChooseTeam = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final StringProperty newExtension = new SimpleStringProperty("");
    private final StringProperty newLogin = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.REP);

    private final ObjectProperty<ClockKind> clock = new SimpleObjectProperty<>(ClockKind.CALENDAR);
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty dueSoon = new SimpleStringProperty("");
    private final ScheduleEditorModel schedule = new ScheduleEditorModel();
    private final ObservableList<SignIns.Login> logins = FXCollections.observableArrayList();
    private final BooleanProperty policyEdited = new SimpleBooleanProperty();

    private long loadGeneration;
    /** True while a load shows what it read, which includes the team it chose: that must not load again. */
    private boolean loading;

    private record Loaded(List<Team> teams, Team team, List<Rep> members, List<SignIns.Login> logins,
                          String loginsProblem) {
    }

    public TeamViewModel(TeamSetup setup, PeopleService people, TaskRunner tasks) {
        this.setup = setup;
        this.people = people;
        this.tasks = tasks;
        schedule.setOnEdit(() -> policyEdited.set(true));
        // Teams are reloaded as new objects: only another team means other people and another policy.
        team.addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id()) && !loading) {
                showPolicy(b);
                refresh();
            }
        });
    }

    /** Shows {@code viewer}'s team, with what they may change; {@code signedIn} is null on this computer's store. */
    public void show(Rep viewer, SignedIn signedIn) {
        TeamRights rights = TeamRights.of(signedIn, viewer);
        canManage.set(rights.manage());
        canAddLogins.set(rights.addLogins());
        canChooseTeam.set(!rights.ownTeamOnly());
        note.set(rights.why());
        message.set("");
        problem.set("");
        logins.clear();
        load(() -> viewer == null ? null : people.teamOf(viewer));
    }

    /** Loads the teams and the chosen team's people again. */
    public void refresh() {
        Team shown = team.get();
        load(() -> shown);
    }

    private void load(Supplier<Team> which) {
        long generation = ++loadGeneration;
        boolean withLogins = canAddLogins.get();
        tasks.run(() -> {
            List<Team> all = people.teams();
            Team wanted = which.get();
            Team chosen = wanted == null ? (all.isEmpty() ? null : all.get(0))
                    : all.stream().filter(t -> t.id() == wanted.id()).findFirst().orElse(wanted);
            List<Rep> members = chosen == null ? List.<Rep>of() : people.repsOf(chosen);
            if (!withLogins) {
                return new Loaded(all, chosen, members, List.of(), "");
            }
            try {
                return new Loaded(all, chosen, members, setup.logins(), "");
            } catch (RuntimeException e) {
                // The people and the policy still show; only the Login column stays empty, saying why.
                return new Loaded(all, chosen, members, List.of(), "The logins could not be read: "
                        + e.getMessage() + (String.valueOf(e.getMessage()).endsWith(".") ? "" : "."));
            }
        }, loaded -> {
            if (generation != loadGeneration) {
                return;
            }
            Team before = team.get();
            loading = true;
            try {
                teams.setAll(loaded.teams());
                team.set(loaded.team());
            } finally {
                loading = false;
            }
            boolean sameTeam = before != null && loaded.team() != null && before.id() == loaded.team().id();
            if (loaded.team() != null && (!sameTeam || !policyEdited.get())) {
                showPolicy(loaded.team());
            }
            logins.setAll(loaded.logins());
            members.setAll(loaded.members());
            if (!loaded.loginsProblem().isEmpty()) {
                problem.set(loaded.loginsProblem());
            }
        }, this::failed);
    }

    private void showPolicy(Team shown) {
        var policy = shown.policy();
        clock.set(policy.clock());
        target.set(TeamSetup.text(policy.target()));
        dueSoon.set(TeamSetup.text(policy.dueSoon()));
        schedule.load(policy.schedule(), shown.zone());
        policyEdited.set(false);
    }

    /** Adds the teammate typed in the form to the team shown; the form empties once they are added. */
    public void addTeammate() {
        Team into = team.get();
        if (into == null) {
            return;
        }
        String login = canAddLogins.get() ? newLogin.get() : null;
        run(() -> setup.addTeammate(newName.get(), newEmail.get(), newExtension.get(), into.name(), newRole.get(),
                login), added -> {
                    newName.set("");
                    newEmail.set("");
                    newExtension.set("");
                    newLogin.set("");
                    newRole.set(Role.REP);
                    Rep rep = added.rep();
                    String text = "Added " + rep.role().label() + " " + rep.name() + " <" + rep.email() + "> to "
                            + into.name() + ".";
                    if (added.login() != null) {
                        text += added.password() != null
                                ? " Their login " + added.login() + " has the password " + added.password()
                                        + " (shown once: pass it on now)."
                                : " Linked the existing login " + added.login() + ".";
                    }
                    return text;
                });
    }

    public void setRole(Rep rep, Role role) {
        if (rep == null || role == null || rep.role() == role) {
            return;
        }
        run(() -> setup.setRole(rep, role), changed -> changed.name() + " is now a " + changed.role().label() + ".");
    }

    public void moveTo(Rep rep, Team other) {
        if (rep == null || other == null) {
            return;
        }
        run(() -> setup.moveToTeam(rep, other.name()), moved -> "Moved " + moved.name() + " to " + other.name()
                + "; their open items went with them.");
    }

    /** Saves the policy typed in the form for the team shown. */
    public void savePolicy() {
        Team shown = team.get();
        if (shown == null) {
            return;
        }
        ClockKind kind = clock.get();
        String targetText = target.get();
        String dueSoonText = dueSoon.get();
        // The calendar clock does not use the schedule: the editor is off and the stored schedule is kept.
        ScheduleDraft typed = kind == ClockKind.BUSINESS ? schedule.draft() : null;
        run(() -> setup.setPolicy(shown, kind, targetText, dueSoonText, typed), updated -> {
            policyEdited.set(false);
            return "Saved the policy of " + updated.name() + ": " + TimeText.target(updated.policy().target())
                    + " on the " + updated.policy().clock().label() + " clock. Items already open keep their "
                    + "due times.";
        });
    }

    private <T> void run(Supplier<T> work, java.util.function.Function<T, String> done) {
        busy.set(true);
        problem.set("");
        schedule.problemProperty().set("");
        message.set("");
        tasks.run(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
            refresh();
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof InvalidScheduleException) {
            schedule.problemProperty().set(failure.getMessage() + (failure.getMessage().endsWith(".") ? "" : "."));
            problem.set("Nothing was saved: the open hours need a correction (see below the schedule).");
            return;
        }
        boolean inWords = failure instanceof InvalidInputException || failure instanceof NotAllowedException
                || failure instanceof StoreException || failure instanceof UnavailableException
                || failure instanceof ConflictException;
        problem.set(inWords ? TimeText.capitalized(failure.getMessage()) + (failure.getMessage().endsWith(".")
                ? "" : ".") : "Something went wrong: " + failure.getMessage());
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    /** The team shown. */
    public ObjectProperty<Team> teamProperty() {
        return team;
    }

    public ObservableList<Rep> members() {
        return members;
    }

    public ReadOnlyBooleanProperty canManageProperty() {
        return canManage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddLoginsProperty() {
        return canAddLogins.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChooseTeamProperty() {
        return canChooseTeam.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the user may look but not change, in words; empty when they may. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What was done last. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last change was refused; nothing was written. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newEmailProperty() {
        return newEmail;
    }

    public StringProperty newExtensionProperty() {
        return newExtension;
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public ObjectProperty<ClockKind> clockProperty() {
        return clock;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty dueSoonProperty() {
        return dueSoon;
    }

    /** The open hours and holidays being edited, used on the business clock. */
    public ScheduleEditorModel schedule() {
        return schedule;
    }

    /** On a team store, for admins: the logins, to show each teammate's; empty for everyone else. */
    public ObservableList<SignIns.Login> logins() {
        return logins;
    }

    /** The login linked to {@code rep}, if any (known to admins on a team store only). */
    public java.util.Optional<SignIns.Login> loginOf(Rep rep) {
        return rep == null ? java.util.Optional.empty()
                : logins.stream().filter(l -> l.rep() != null && l.rep().id() == rep.id()).findFirst();
    }

    /** Unlinks a teammate's login and takes its rights, as {@code promptly users remove}; their history stays. */
    public void removeLogin(Rep rep) {
        loginOf(rep).ifPresent(login -> run(() -> {
            setup.removeLogin(login.login());
            return login.login();
        }, removed -> "Removed the login " + removed + " of " + rep.name() + "; they can no longer sign in. "
                + "Their history stays."));
    }

    /** True once the user changed the policy form, which a reload then leaves alone. */
    public BooleanProperty policyEditedProperty() {
        return policyEdited;
    }
}
