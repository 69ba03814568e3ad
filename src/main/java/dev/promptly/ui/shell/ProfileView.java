package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.people.Rep;
import dev.promptly.people.Team;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** "Who are you?": pick your profile, or create it. */
final class ProfileView extends HBox {

    private javafx.collections.ListChangeListener<Team> teamsChanged;
    private javafx.collections.ListChangeListener<Rep> peopleChanged;

    ProfileView(ShellViewModel model) {
        super(32);
        setPadding(new Insets(32));
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(pick(model), create(model));
    }

    private VBox pick(ShellViewModel model) {
        Label title = new Label("Who are you?");
        title.getStyleClass().add(Styles.TITLE_2);
        TextField search = new TextField();
        search.setId("profileSearch");
        search.setPromptText("Search name, email or team");
        search.setAccessibleText("Search people");
        ListView<ProfileChoices.Line> people = new ListView<>();
        people.setId("profiles");
        people.setAccessibleText("People in this store, by team");
        Runnable fill = () -> people.getItems().setAll(ProfileChoices.lines(model.teams(), model.reps(),
                search.getText()));
        fill.run();
        search.textProperty().addListener((o, a, b) -> fill.run());
        // The people follow the model's lists for as long as this view lives, and no longer.
        peopleChanged = c -> fill.run();
        model.reps().addListener(new javafx.collections.WeakListChangeListener<>(peopleChanged));
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProfileChoices.Line line, boolean empty) {
                super.updateItem(line, empty);
                setDisable(false);
                setStyle(null);
                if (empty || line == null) {
                    setText(null);
                } else if (line.isHeading()) {
                    setText(line.team());
                    setStyle("-fx-font-weight: bold;");
                    setDisable(true); // a team is not a person to choose
                } else {
                    setText(line.rep().name() + " · " + line.rep().role().label());
                    setStyle("-fx-padding: 0.25em 0.75em 0.25em 1.75em;"); // under its team
                }
            }
        });
        // Keys may land on a team's heading: it stands for nobody, so the selection moves to its first person.
        people.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> {
            if (line != null && line.isHeading()) {
                int next = people.getItems().indexOf(line) + 1;
                if (next < people.getItems().size()) {
                    people.getSelectionModel().select(next);
                }
            }
        });
        people.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chosen(people).ifPresent(model::choose);
            }
        });
        // Return is "This is me" for the person picked, as a double-click is; the list would otherwise keep it.
        people.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen(people).isPresent()) {
                e.consume();
                model.choose(chosen(people).get());
            }
        });
        // The list has the focus, on the person chosen now or the first, so arrows and Return pick straight away.
        Rep current = model.currentRepProperty().get();
        people.getItems().stream().filter(line -> !line.isHeading() && line.rep().equals(current)).findFirst()
                .ifPresent(line -> people.getSelectionModel().select(line));
        dev.promptly.ui.FocusWhenShown.install(people);
        VBox.setVgrow(people, Priority.ALWAYS);
        Button choose = new Button("This is me", new FontIcon(MaterialDesignA.ACCOUNT_CHECK));
        choose.setId("chooseProfileButton");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setDefaultButton(true);
        choose.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen(people).isEmpty(), people.getSelectionModel().selectedItemProperty()));
        choose.setOnAction(e -> chosen(people).ifPresent(model::choose));
        Label nobodyFound = new Label("Nobody matches that search.");
        nobodyFound.setId("profilesNoMatch");
        nobodyFound.getStyleClass().add(Styles.TEXT_MUTED);
        people.setPlaceholder(nobodyFound);
        // Only where nobody signs in: on a team store the server says who the user is.
        Label scope = new Label("On this computer only: anyone using it may choose any person.");
        scope.getStyleClass().add(Styles.TEXT_MUTED);
        scope.setWrapText(true);
        // The list below takes every spare pixel; without this the line is squeezed to one row and cut.
        scope.setMinHeight(Region.USE_PREF_SIZE);
        scope.visibleProperty().bind(model.signedInProperty().isNull());
        scope.managedProperty().bind(scope.visibleProperty());
        VBox list = new VBox(12, scope, search, people, choose);
        list.setId("profilesList");
        VBox.setVgrow(list, Priority.ALWAYS);
        // An empty store has nobody to choose: say what to do first instead of an empty list.
        Label first = new Label("Nobody is in this store yet. Start with yourself under \u201cNew here?\u201d: "
                + "type your name, your email and your team's name, and you become the lead of that new team. "
                + "Then add your teammates on the Team screen.");
        first.setId("profilesEmpty");
        first.setWrapText(true);
        var empty = javafx.beans.binding.Bindings.isEmpty(model.reps());
        first.visibleProperty().bind(empty);
        first.managedProperty().bind(empty);
        list.visibleProperty().bind(empty.not());
        list.managedProperty().bind(empty.not());
        VBox box = new VBox(12, title, first, list);
        box.setPrefWidth(420);
        return box;
    }

    private static java.util.Optional<Rep> chosen(ListView<ProfileChoices.Line> people) {
        ProfileChoices.Line line = people.getSelectionModel().getSelectedItem();
        return line == null || line.isHeading() ? java.util.Optional.empty() : java.util.Optional.of(line.rep());
    }

    private VBox create(ShellViewModel model) {
        Label title = new Label("New here?");
        title.getStyleClass().add(Styles.TITLE_2);
        TextField name = new TextField();
        name.setId("profileName");
        TextField email = new TextField();
        email.setId("profileEmail");
        ComboBox<String> team = new ComboBox<>();
        team.setId("profileTeam");
        team.setEditable(true);
        team.setPromptText("Pick or type a new team");
        // The team names follow the model's list for as long as this view lives, and no longer.
        team.getItems().setAll(model.teams().stream().map(Team::name).toList());
        teamsChanged = c -> team.getItems().setAll(model.teams().stream().map(Team::name).toList());
        model.teams().addListener(new javafx.collections.WeakListChangeListener<>(teamsChanged));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("_Name", name), name);
        grid.addRow(1, label("_Email", email), email);
        grid.addRow(2, label("_Team", team), team);
        // The fields take the column's width, so that the team's prompt reads whole.
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        team.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId("profileProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.profileProblemProperty());
        Button create = new Button("Create my profile", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        create.setId("createProfileButton");
        create.setOnAction(e -> model.createProfile(name.getText(), email.getText(),
                team.getEditor().getText().isBlank() ? team.getValue() : team.getEditor().getText()));
        VBox box = new VBox(12, title, grid, problem, create);
        box.setPrefWidth(380);
        return box;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
