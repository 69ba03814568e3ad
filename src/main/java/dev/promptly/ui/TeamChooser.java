package dev.promptly.ui;

import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * A team, or "All teams", kept in step with a view model's list of teams and its chosen team (null for all teams).
 * Reloading the list (new objects for the same teams) keeps the choice; only the user's own pick reaches the model.
 *
 * <p>"All teams" is an entry of its own, never a null item: a combo box treats a null value as "nothing chosen",
 * so it kept showing the previous team's name and its list cells failed on the null.
 */
public final class TeamChooser extends ComboBox<Team> {

    /** The entry that stands for all teams; the model sees null. Compared by identity only. */
    static final Team ALL = new Team(-1, "All teams", ZoneOffset.UTC, ResponsePolicy.standard());

    private final ObjectProperty<Team> chosen;
    /** True while the chooser itself changes its selection, which must then not reach the model. */
    private boolean syncing;

    public TeamChooser(ObservableList<Team> teams, ObjectProperty<Team> chosen, ObservableBooleanValue canChoose) {
        this.chosen = chosen;
        ObservableList<Team> items = FXCollections.observableArrayList(ALL);
        setItems(items);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Team team) {
                return team == null ? "" : team == ALL ? "All teams" : team.name();
            }

            @Override
            public Team fromString(String text) {
                return null;
            }
        });
        teams.addListener((ListChangeListener<Team>) c -> {
            syncing = true;
            List<Team> all = new ArrayList<>(teams.size() + 1);
            all.add(ALL);
            all.addAll(teams);
            items.setAll(all);
            syncing = false;
            showChosen();
        });
        setOnAction(e -> {
            if (!syncing && getValue() != null) {
                chosen.set(getValue() == ALL ? null : getValue());
            }
        });
        chosen.addListener((o, a, b) -> showChosen());
        disableProperty().bind(javafx.beans.binding.Bindings.not(canChoose));
        showChosen();
    }

    private void showChosen() {
        Team team = chosen.get();
        syncing = true;
        Team shown = getItems().stream()
                .filter(t -> team == null ? t == ALL : t != ALL && t.id() == team.id())
                .findFirst()
                .orElse(team == null ? ALL : null); // null: not loaded yet
        if (getValue() == shown) {
            // The same value after the list was replaced fires no change, and the closed box would keep a blank cell.
            setValue(null);
        }
        setValue(shown);
        syncing = false;
    }
}
