package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.common.InvalidInputException;
import dev.promptly.demo.DemoSpec;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.people.Team;
import dev.promptly.ui.Settings;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.shell.ShellViewModel.People;
import java.time.ZoneId;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open store's teams and reps, and who the user is among them: the profile remembered in the settings, a new
 * profile, or the demo teams that fill an empty store.
 */
final class Profiles {

    private final Settings settings;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<Rep> reps = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Rep> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper currentTeam = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private record Created(Rep rep, People people) {
    }

    Profiles(Settings settings, TaskRunner tasks, Clock clock) {
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The store's teams and reps; it blocks, so it runs off the JavaFX thread. */
    static People read(PeopleService people) {
        return new People(people.teams(), people.reps());
    }

    /** On a team store, the signed-in rep; otherwise the person this computer's user chose last. */
    static Optional<Rep> whoIsThis(People people, SignedIn signedIn, Settings settings) {
        if (signedIn != null && signedIn.rep() != null) {
            return Optional.of(signedIn.rep());
        }
        return settings.get(ShellViewModel.REP_KEY).flatMap(email -> people.reps().stream()
                .filter(r -> r.email().equalsIgnoreCase(email)).findFirst());
    }

    Optional<Rep> whoIsThis(People people, SignedIn signedIn) {
        return whoIsThis(people, signedIn, settings);
    }

    /** Lists {@code people} to choose from. */
    void show(People people) {
        teams.setAll(people.teams());
        reps.setAll(people.reps());
    }

    /** {@code rep} is the user: remembered for the next start. */
    void choose(Rep rep) {
        settings.put(ShellViewModel.REP_KEY, rep.email());
        current.set(rep);
        currentTeam.set(teams.stream().filter(t -> t.id() == rep.teamId()).map(Team::name).findFirst().orElse(""));
    }

    /** Nobody is chosen yet (another store opens). */
    void forget() {
        current.set(null);
    }

    /** Fills the empty store with the demo teams; {@code status} hears what is happening, {@code loaded} the people. */
    void loadDemo(AppContext context, Consumer<String> status, Consumer<People> loaded) {
        busy.set(true);
        status.accept("Loading a demo team…");
        tasks.run(() -> {
            context.demo().generate(DemoSpec.starter(clock.instant()));
            return read(context.people());
        }, people -> {
            busy.set(false);
            status.accept("");
            loaded.accept(people);
        }, failure -> {
            busy.set(false);
            status.accept("Cannot load the demo: " + failure.getMessage());
        });
    }

    /** See {@link ShellViewModel#createProfile}; {@code created} gets the new rep once the lists show them. */
    void create(AppContext context, String name, String email, String teamName, Consumer<Rep> created) {
        ZoneId zone = clock.getZone();
        problem.set("");
        if (teamName == null || teamName.isBlank()) {
            problem.set("Pick your team, or type the name of a new one.");
            return;
        }
        tasks.run(() -> {
            Rep rep = context.people().createProfile(name, email, teamName, zone);
            return new Created(rep, read(context.people()));
        }, done -> {
            show(done.people());
            created.accept(done.rep());
        }, failure -> problem.set(failure instanceof InvalidInputException
                ? TimeText.capitalized(failure.getMessage()) + "."
                : "Cannot save the profile: " + failure.getMessage()));
    }

    Rep current() {
        return current.get();
    }

    ObservableList<Rep> reps() {
        return reps;
    }

    ObservableList<Team> teams() {
        return teams;
    }

    ReadOnlyObjectProperty<Rep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ReadOnlyStringProperty currentTeamProperty() {
        return currentTeam.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
