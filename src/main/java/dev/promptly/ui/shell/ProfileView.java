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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** "Who are you?": pick your profile, or create it. */
final class ProfileView extends HBox {

    private javafx.collections.ListChangeListener<Team> teamsChanged;

    ProfileView(ShellViewModel model) {
        super(32);
        setPadding(new Insets(32));
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(pick(model), create(model));
    }

    private static VBox pick(ShellViewModel model) {
        Label title = new Label("Who are you?");
        title.getStyleClass().add(Styles.TITLE_2);
        ListView<Rep> people = new ListView<>(model.reps());
        people.setId("profiles");
        people.setAccessibleText("People in this store");
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Rep rep, boolean empty) {
                super.updateItem(rep, empty);
                setText(empty || rep == null ? null : rep.name() + " · " + teamName(model, rep) + " · " + rep.role().label());
            }
        });
        people.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && people.getSelectionModel().getSelectedItem() != null) {
                model.choose(people.getSelectionModel().getSelectedItem());
            }
        });
        // Return is "This is me" for the person picked, as a double-click is; the list would otherwise keep it.
        people.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && people.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                model.choose(people.getSelectionModel().getSelectedItem());
            }
        });
        // The list has the focus, on the person chosen now or the first, so arrows and Return pick straight away.
        Rep current = model.currentRepProperty().get();
        if (current != null && model.reps().contains(current)) {
            people.getSelectionModel().select(current);
        }
        people.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                javafx.application.Platform.runLater(people::requestFocus);
            }
        });
        VBox.setVgrow(people, Priority.ALWAYS);
        Button choose = new Button("This is me", new FontIcon(MaterialDesignA.ACCOUNT_CHECK));
        choose.setId("chooseProfileButton");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setDefaultButton(true);
        choose.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> model.choose(people.getSelectionModel().getSelectedItem()));
        // Only where nobody signs in: on a team store the server says who the user is.
        Label scope = new Label("On this computer only: anyone using it may choose any person.");
        scope.getStyleClass().add(Styles.TEXT_MUTED);
        scope.setWrapText(true);
        scope.visibleProperty().bind(model.signedInProperty().isNull());
        scope.managedProperty().bind(scope.visibleProperty());
        VBox box = new VBox(12, title, scope, people, choose);
        box.setPrefWidth(420);
        return box;
    }

    private static String teamName(ShellViewModel model, Rep rep) {
        return model.teams().stream().filter(t -> t.id() == rep.teamId()).map(Team::name).findFirst().orElse("");
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
