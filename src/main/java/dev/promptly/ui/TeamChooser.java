package dev.promptly.ui;

import dev.promptly.people.Team;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * A team, or "All teams" (null), kept in step with a view model's list of teams and its chosen team. Reloading the
 * list (new objects for the same teams) keeps the choice; only the user's own pick reaches the model.
 */
public final class TeamChooser extends ComboBox<Team> {

    private final ObjectProperty<Team> chosen;
    /** True while the chooser itself changes its selection, which must then not reach the model. */
    private boolean syncing;

    public TeamChooser(ObservableList<Team> teams, ObjectProperty<Team> chosen, ObservableBooleanValue canChoose) {
        this.chosen = chosen;
        ObservableList<Team> items = FXCollections.observableArrayList();
        items.add(null);
        setItems(items);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Team team) {
                return team == null ? "All teams" : team.name();
            }

            @Override
            public Team fromString(String text) {
                return null;
            }
        });
        teams.addListener((ListChangeListener<Team>) c -> {
            syncing = true;
            items.setAll(teams);
            items.add(0, null);
            syncing = false;
            showChosen();
        });
        setOnAction(e -> {
            if (!syncing) {
                chosen.set(getValue());
            }
        });
        chosen.addListener((o, a, b) -> showChosen());
        disableProperty().bind(javafx.beans.binding.Bindings.not(canChoose));
    }

    private void showChosen() {
        Team team = chosen.get();
        syncing = true;
        getItems().stream()
                .filter(t -> t == null ? team == null : team != null && t.id() == team.id())
                .findFirst()
                .ifPresentOrElse(getSelectionModel()::select, () -> getSelectionModel().select(0));
        syncing = false;
    }
}
