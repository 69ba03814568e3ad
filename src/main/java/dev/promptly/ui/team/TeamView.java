package dev.promptly.ui.team;

import static dev.promptly.ui.TextColumns.column;

import atlantafx.base.theme.Styles;
import dev.promptly.common.Labeled;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ClockKind;
import dev.promptly.ui.ColumnFit;
import dev.promptly.ui.Tooltips;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The Team screen: binds to {@link TeamViewModel}; the controls for changes show only to those who may make them. */
public final class TeamView extends BorderPane {

    private final TeamViewModel model;
    private final TableView<Rep> people;

    public TeamView(TeamViewModel model) {
        this.model = model;
        getStyleClass().add("team-screen");
        people = peopleTable();
        setTop(header());
        VBox left = new VBox(8, people, memberActions());
        VBox.setVgrow(people, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        keepColumnsWhole(left);
        VBox forms = new VBox(20, addForm(), policyForm());
        forms.setPadding(new Insets(0, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(forms);
        scroll.setId("teamForms");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // On a laptop the people's table needs the width more than the forms, which wrap and scroll.
        scroll.setPrefWidth(420);
        scroll.setMinWidth(340);
        shownOnlyWhen(scroll, model.canManageProperty());
        HBox body = new HBox(16, left, scroll);
        body.setPadding(new Insets(0, 12, 12, 12));
        setCenter(body);
    }

    /**
     * The people's side is never narrower than its shown columns need: on a laptop the forms beside it give up the
     * width (they wrap and scroll), instead of the last column running out of the table's side.
     */
    private void keepColumnsWhole(Region side) {
        List<javafx.beans.Observable> changes = new java.util.ArrayList<>();
        people.getColumns().forEach(c -> {
            changes.add(c.minWidthProperty());
            changes.add(c.visibleProperty());
        });
        // The table's border and a vertical scroll bar, should the rows need one.
        double frame = 20;
        side.minWidthProperty().bind(Bindings.createDoubleBinding(() -> frame + people.getColumns().stream()
                .filter(TableColumn::isVisible).mapToDouble(TableColumn::getMinWidth).sum(),
                changes.toArray(javafx.beans.Observable[]::new)));
    }

    private Node header() {
        Label title = new Label("Team");
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<Team> team = new ComboBox<>(model.teams());
        team.setId("teamChooser");
        team.setAccessibleText("Team shown");
        team.setConverter(converter(Team::name));
        // Reloads bring new objects for the same teams: the box follows the model's team by id, and only the
        // user's own pick reaches the model (a reload must not pass through "no team" and load twice).
        boolean[] syncing = {false};
        Runnable follow = () -> {
            syncing[0] = true;
            Team shown = model.teamProperty().get();
            team.setValue(shown == null ? null : model.teams().stream().filter(t -> t.id() == shown.id())
                    .findFirst().orElse(shown));
            syncing[0] = false;
        };
        model.teamProperty().addListener((o, a, b) -> follow.run());
        // After the box's own list listeners (its skin's among them), which drop a value the new list does not hold
        // by identity: otherwise the box went blank after every reload, such as the one after "Add teammate".
        model.teams().addListener((javafx.collections.ListChangeListener<Team>) c ->
                javafx.application.Platform.runLater(follow));
        team.setOnAction(e -> {
            if (!syncing[0] && team.getValue() != null) {
                model.teamProperty().set(team.getValue());
            }
        });
        team.disableProperty().bind(model.canChooseTeamProperty().not());
        Label note = text("teamNote", model.noteProperty(), Styles.TEXT_MUTED);
        Label message = text("teamMessage", model.messageProperty(), Styles.SUCCESS);
        Label problem = text("teamProblem", model.problemProperty(), Styles.DANGER);
        HBox bar = new HBox(12, title, team);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, note, message, problem);
        top.setPadding(new Insets(12));
        return top;
    }

    private static Label text(String id, javafx.beans.value.ObservableValue<String> value, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(value);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private TableView<Rep> peopleTable() {
        TableView<Rep> table = new TableView<>(model.members());
        table.setId("teamMembers");
        dev.promptly.ui.FocusWhenShown.install(table);
        table.setPlaceholder(new Label("Nobody in this team yet."));
        // Every column as wide as what it shows; the spare width is shared out, so an address is not cut.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit fit = ColumnFit.STANDARD;
        table.getColumns().setAll(List.of(fit.atLeast(column("Name", 180, Rep::name), "Quentin Wagner"),
                fit.atLeast(column("Email", 220, Rep::email), "quentin.wagner@promptly.example"),
                fit.atLeast(column("Extension", 90, r -> r.extension() == null ? "" : r.extension()), "201"),
                fit.atLeast(column("Role", 90, r -> r.role().label()), "manager"),
                loginColumn(fit)));
        return table;
    }

    /** Admins on a team store: each person's login and whether it can sign in. Hidden for everyone else. */
    private TableColumn<Rep, String> loginColumn(ColumnFit fit) {
        // The login above whether it can sign in: on one line the pair did not fit beside the other columns on a
        // 1280x720 laptop ("ben · can sig…"); the row grows to two lines instead.
        TableColumn<Rep, String> login = fit.atLeast(column("Login", 130, rep -> model.loginOf(rep)
                .map(l -> l.login() + (l.canSignIn() ? "\ncan sign in" : "\ncannot sign in")).orElse("no login")),
                "cannot sign in");
        login.setId("loginColumn");
        // As wide as the longest login there is, once they are read.
        double least = login.getMinWidth();
        model.logins().addListener((javafx.collections.ListChangeListener<dev.promptly.people.SignIns.Login>) c ->
                login.setMinWidth(Math.max(least, model.logins().stream().mapToDouble(l -> fit.needed(login,
                        l.login())).max().orElse(0))));
        login.visibleProperty().bind(model.canAddLoginsProperty());
        return login;
    }

    /** Admins on a team store: remove the selected person's login, after saying what that does. */
    private Node loginActions() {
        Button remove = new Button("Remove login…", new FontIcon(MaterialDesignA.ACCOUNT_CANCEL));
        remove.setId("removeLoginButton");
        Tooltips.set(remove, "Unlink the selected person's login and take its rights, as promptly users remove");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label question = new Label();
        question.setId("removeLoginQuestion");
        question.setWrapText(true);
        Button confirm = new Button("Remove login", new FontIcon(MaterialDesignA.ACCOUNT_CANCEL));
        confirm.setId("confirmRemoveLoginButton");
        confirm.getStyleClass().add(Styles.DANGER);
        Button keep = new Button("Keep it");
        keep.setId("keepLoginButton");
        HBox asking = new HBox(8, question, confirm, keep);
        asking.setId("removeLoginConfirm");
        asking.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(question, Priority.ALWAYS);
        javafx.beans.property.BooleanProperty confirming = new javafx.beans.property.SimpleBooleanProperty();
        shownOnlyWhen(asking, confirming);
        var selected = people.getSelectionModel().selectedItemProperty();
        selected.addListener(o -> confirming.set(false));
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> model.loginOf(selected.get()).isEmpty(),
                selected, model.logins()).or(model.busyProperty()).or(confirming));
        remove.setOnAction(e -> {
            Rep rep = selected.get();
            model.loginOf(rep).ifPresent(login -> {
                question.setText("Remove " + rep.name() + "'s login " + login.login() + "? They can no longer sign "
                        + "in; their history stays.");
                confirming.set(true);
                keep.requestFocus();
            });
        });
        confirm.setOnAction(e -> {
            confirming.set(false);
            model.removeLogin(selected.get());
        });
        keep.setOnAction(e -> confirming.set(false));
        VBox box = new VBox(6, remove, asking);
        shownOnlyWhen(box, model.canAddLoginsProperty());
        return box;
    }

    /** For the person selected: another role, or another team. */
    private Node memberActions() {
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("memberRole");
        role.setConverter(converter(Labeled::label));
        role.setAccessibleText("New role of the selected person");
        Button changeRole = new Button("Change role", new FontIcon(MaterialDesignA.ACCOUNT_EDIT));
        changeRole.setId("changeRoleButton");
        changeRole.setOnAction(e -> model.setRole(people.getSelectionModel().getSelectedItem(), role.getValue()));
        ComboBox<Team> other = new ComboBox<>(model.teams());
        other.setId("memberTeam");
        other.setConverter(converter(Team::name));
        other.setAccessibleText("Team to move the selected person to");
        Button move = new Button("Move to team", new FontIcon(MaterialDesignA.ACCOUNT_ARROW_RIGHT));
        move.setId("moveButton");
        Tooltips.set(move, "Move the selected person to the chosen team; their open items go with them");
        move.setOnAction(e -> model.moveTo(people.getSelectionModel().getSelectedItem(), other.getValue()));
        people.getSelectionModel().selectedItemProperty().addListener((o, a, rep) ->
                role.setValue(rep == null ? null : rep.role()));
        var nobody = people.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        changeRole.disableProperty().bind(nobody.or(role.valueProperty().isNull()));
        move.disableProperty().bind(nobody.or(other.valueProperty().isNull()));
        Label selected = new Label();
        selected.setId("memberSelected");
        selected.textProperty().bind(Bindings.createStringBinding(() -> {
            Rep rep = people.getSelectionModel().getSelectedItem();
            return rep == null ? "Select a person in the list to change their role or move them to another team."
                    : rep.name() + ": give another role, or move to another team.";
        }, people.getSelectionModel().selectedItemProperty()));
        for (javafx.scene.control.Control control : List.of(role, changeRole, other, move)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label or = new Label("or");
        or.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, role, changeRole, or, other, move);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, selected, controls, loginActions());
        shownOnlyWhen(bar, model.canManageProperty());
        return bar;
    }

    private Node addForm() {
        TextField name = field("teammateName", model.newNameProperty(), "Full name");
        TextField email = field("teammateEmail", model.newEmailProperty(), "name@company.com");
        TextField extension = field("teammateExtension", model.newExtensionProperty(), "e.g. 201");
        Tooltips.set(extension, "Their extension on the phone system, which call imports match to them");
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("teammateRole");
        role.setConverter(converter(Labeled::label));
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        TextField login = field("teammateLogin", model.newLoginProperty(), "sign-in name, e.g. ana");
        Tooltips.set(login, "Creates their sign-in to the team server with a first password, shown once");
        GridPane grid = grid();
        row(grid, 0, "_Name", name);
        row(grid, 1, "_Email", email);
        row(grid, 2, "E_xtension", extension);
        row(grid, 3, "_Role", role);
        Label loginLabel = row(grid, 4, "_Login", login);
        shownOnlyWhen(login, model.canAddLoginsProperty());
        shownOnlyWhen(loginLabel, model.canAddLoginsProperty());
        Button add = new Button("Add teammate", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        add.setId("addTeammateButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.busyProperty().or(model.teamProperty().isNull()));
        add.setOnAction(e -> model.addTeammate());
        return section("Add a teammate", grid, add);
    }

    private Node policyForm() {
        ComboBox<ClockKind> clock = new ComboBox<>(FXCollections.observableArrayList(ClockKind.values()));
        clock.setId("policyClock");
        clock.setConverter(converter(k -> k == ClockKind.BUSINESS ? "business (open hours only)"
                : "calendar (every hour counts)"));
        clock.valueProperty().bindBidirectional(model.clockProperty());
        TextField target = field("policyTarget", model.targetProperty(), "e.g. 24h, or 8h on the business clock");
        TextField dueSoon = field("policyDueSoon", model.dueSoonProperty(), "e.g. 4h");
        ScheduleEditor schedule = new ScheduleEditor(model.schedule(), dev.promptly.common.LocalDates.ofDefault());
        // Open hours count only on the business clock; on the calendar clock they are kept but not used.
        schedule.disableProperty().bind(model.clockProperty().isNotEqualTo(ClockKind.BUSINESS));
        for (javafx.beans.Observable changed : List.<javafx.beans.Observable>of(clock.valueProperty(),
                target.textProperty(), dueSoon.textProperty())) {
            changed.addListener(o -> {
                if (clock.isFocused() || target.isFocused() || dueSoon.isFocused()) {
                    model.policyEditedProperty().set(true);
                }
            });
        }
        GridPane grid = grid();
        row(grid, 0, "C_lock", clock);
        row(grid, 1, "_Target", target);
        row(grid, 2, "_Due soon", dueSoon);
        Label hoursHeading = new Label("Open hours");
        hoursHeading.getStyleClass().add(Styles.TEXT_BOLD);
        Label hoursNote = new Label();
        hoursNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hoursNote.setWrapText(true);
        hoursNote.textProperty().bind(javafx.beans.binding.Bindings.when(model.clockProperty()
                .isEqualTo(ClockKind.BUSINESS)).then("Only these hours count towards the target.")
                .otherwise("Used on the business clock only; choose it above to edit the hours."));
        Label help = new Label("Durations as 24h, 8h or 1h30m. Times as 09:00; tick \"next day\" for hours that "
                + "close after midnight. Items already open keep their due times.");
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button save = new Button("Save policy", new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setId("savePolicyButton");
        save.disableProperty().bind(model.busyProperty().or(model.teamProperty().isNull()));
        save.setOnAction(e -> model.savePolicy());
        return section("Response policy", grid, hoursHeading, hoursNote, schedule, help, save);
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(content);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static Label row(GridPane grid, int row, String caption, Node field) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        if (field instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(row, label, field);
        return label;
    }

    static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void shownOnlyWhen(Node node, javafx.beans.value.ObservableBooleanValue allowed) {
        node.visibleProperty().bind(allowed);
        node.managedProperty().bind(allowed);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
