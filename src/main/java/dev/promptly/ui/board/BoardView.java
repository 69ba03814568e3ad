package dev.promptly.ui.board;

import static dev.promptly.ui.TextColumns.column;

import atlantafx.base.theme.Styles;
import dev.promptly.board.Board;
import dev.promptly.board.Escalation;
import dev.promptly.board.RepRow;
import dev.promptly.items.ItemView;
import dev.promptly.people.Team;
import dev.promptly.ui.ColumnFit;
import dev.promptly.ui.TeamChooser;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.time.Duration;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The team lead's board: who is behind, what is late, and moving work to someone who can do it. */
public final class BoardView extends BorderPane {

    private final BoardViewModel model;
    private final ObservableList<RepRow> reps = FXCollections.observableArrayList();
    private final ObservableList<Board.LateCommitment> lateCommitments = FXCollections.observableArrayList();
    private final ObservableList<ItemView> unreturned = FXCollections.observableArrayList();
    private final ObservableList<Escalation> escalations = FXCollections.observableArrayList();
    private final Label banner = new Label();
    private final java.util.function.Consumer<Team> openSummary;
    private final Tab repTab = new Tab("Overdue items");
    /** True while the board shows all teams, whose items may be in different time zones. */
    private boolean allTeams;
    private final AllTeamsColumns allTeamsColumns;
    private TableColumn<Board.LateCommitment, String> commitmentDue;

    /** @param openSummary opens the weekly summary of a team (null: all teams), from the trend banner */
    public BoardView(BoardViewModel model, java.util.function.Consumer<Team> openSummary) {
        this.model = model;
        this.openSummary = openSummary;
        this.allTeamsColumns = new AllTeamsColumns(model.teams());
        getStyleClass().add("board");
        setTop(header());
        SplitPane split = new SplitPane(repsTable(), details());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        model.boardProperty().addListener((o, a, board) -> show(board));
        // While on screen, the board reloads in the background every minute, so it follows what reps do.
        Timeline reload = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), e -> model.refreshFigures()));
        reload.setCycleCount(Animation.INDEFINITE);
        // Only while in a window that is showing: a board left in a scene its window no longer shows must not reload
        // (after its store's task runner is gone that failed on the JavaFX thread a minute later).
        sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty).orElse(false)
                .addListener((o, was, is) -> {
                    if (is) {
                        reload.play();
                    } else {
                        reload.stop();
                    }
                });
    }

    private Node header() {
        TeamChooser team = new TeamChooser(model.teams(), model.teamProperty(), model.canChooseTeamProperty());
        team.setId("boardTeam");
        team.setAccessibleText("Team shown on the board");
        Button refresh = new Button("Refresh", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("boardRefresh");
        Tooltips.set(refresh, "Load the board again (F5)");
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.setId("boardMessage");
        message.textProperty().bind(model.messageProperty());
        // What was just done ("Reassigned 1 item to Ben Fischer") or refused is read whole, on a line of its own
        // under the team's row while there is one: a refusal can be long, and must not push the row off the screen.
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        banner.setId("trendBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("trend-banner");
        javafx.scene.control.Hyperlink summary = new javafx.scene.control.Hyperlink("Open the weekly summary");
        summary.setId("openSummary");
        summary.setOnAction(e -> openSummary.accept(model.teamProperty().get()));
        banner.setGraphic(summary);
        banner.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setMinWidth(0);
        // The trend on the team's row, not a row of its own: the height goes to the tables.
        HBox.setHgrow(banner, Priority.SOMETIMES);
        Label teamLabel = new Label("Team");
        teamLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, teamLabel, team, banner, grow, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        team.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        VBox header = new VBox(6, bar, message);
        header.setPadding(new Insets(10, 12, 10, 12));
        return header;
    }

    private Node repsTable() {
        TableView<RepRow> table = new TableView<>(reps);
        dev.promptly.ui.FocusWhenShown.install(table);
        table.setId("boardReps");
        table.setPlaceholder(new Label("No reps in this team."));
        dense(table);
        table.getColumns().setAll(java.util.List.of(
                fit(column("Rep", 170, r -> r.rep().name()), "Quentin Wagner"),
                allTeamsColumns.team(),
                number("Open", RepRow::open),
                overdueColumns(),
                fit(column("Oldest", 100, r -> r.oldestOverdue() == null ? "" : TimeText.age(r.oldestOverdue())),
                        "12 d 23 h"),
                number("Due soon", RepRow::dueSoon),
                fit(column("Inbox", 90, r -> inbox(r)), "A few (12)"),
                // On two lines, as tall as the Overdue headers beside it: the room goes to the Team column of All teams.
                fit(column("On time\n(week)", 120, r -> percent(r.onTimePctWeek())), "100.0 %")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selectedRepProperty().set(row);
            }
        });
        model.selectedRepProperty().addListener((o, a, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
            repTab.setText(row == null ? "Overdue items" : "Overdue items of " + row.rep().name());
        });
        return table;
    }

    /** "Overdue" over its three kinds, so the headers stay short enough to read. */
    private static TableColumn<RepRow, Number> overdueColumns() {
        TableColumn<RepRow, Number> overdue = new TableColumn<>("Overdue");
        overdue.getColumns().setAll(java.util.List.of(number("Calls", RepRow::overdueCallbacks),
                number("Emails", RepRow::overdueEmails), number("Commitments", RepRow::overdueCommitments),
                number("Follow-ups", RepRow::overdueFollowUps)));
        return overdue;
    }

    private static final String TYPICAL_DUE = "Wed 25 Nov 17:00";

    /** In its team's zone; when teams are mixed, the zone is named, so equal-looking times are not taken as equal. */
    private String due(ItemView item) {
        return allTeams ? TimeText.dayAndTimeWithZone(item.effectiveDueAt(), item.team().zone())
                : TimeText.dayAndTime(item.effectiveDueAt(), item.team().zone());
    }

    private static String inbox(RepRow row) {
        return switch (row.inbox()) {
            case ZERO -> "Zero";
            case FEW -> "A few (" + row.openEmails() + ")";
            case OVER -> "Over (" + row.openEmails() + ")";
        };
    }

    private static String percent(Double pct) {
        return pct == null ? "" : String.format(Locale.ROOT, "%.1f %%", pct);
    }


    private static <T> TableColumn<T, Number> number(String title, java.util.function.ToIntFunction<T> value) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setPrefWidth(60);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        return ColumnFit.STANDARD.atLeast(column, "999");
    }

    private static <T, C extends TableColumn<T, ?>> C fit(C column, String typical) {
        return ColumnFit.STANDARD.atLeast(column, typical);
    }

    /** Rows of one line with less air, headers never cut, the width shared out by what each column needs. */
    private static void dense(TableView<?> table) {
        table.getStyleClass().add(Styles.DENSE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** A lower table shows at least this many rows however small the window. */
    private static final int LOWER_ROWS = 5;
    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 34;
    private static final double TABS_HEIGHT = 44;
    private static final double BUTTON_HEIGHT = 36;

    private static <T extends TableView<?>> T showingFiveRows(T table) {
        dense(table);
        table.setMinHeight(HEADER_HEIGHT + LOWER_ROWS * ROW_HEIGHT + 4);
        return table;
    }

    private Node details() {
        TableView<ItemView> overdue = new TableView<>(model.repOverdue());
        overdue.setId("repOverdue");
        overdue.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        overdue.setPlaceholder(new Label("Nothing overdue."));
        showingFiveRows(overdue);
        overdue.getColumns().setAll(java.util.List.of(
                fit(column("Kind", 90, v -> TimeText.capitalized(v.item().kind().label())), "Commitment"),
                fit(column("Customer", 170, v -> v.customer() == null ? "" : v.customer().name()), "Katarina Novak"),
                fit(column("Subject", 260, v -> v.item().subject() == null ? "" : v.item().subject()),
                        "Missed call: wrong item delivered"),
                fit(column("Overdue by", 120, v -> TimeText.age(Duration.between(v.effectiveDueAt(), v.asOf()))),
                        "12 d 23 h")));
        Button reassign = new Button("Reassign…", new FontIcon(MaterialDesignA.ACCOUNT_ARROW_RIGHT));
        reassign.setId("reassignButton");
        Tooltips.set(reassign, "Move the selected items to another rep, with a reason");
        reassign.disableProperty().bind(overdue.getSelectionModel().selectedItemProperty().isNull());
        offeredOnlyToThoseWhoMay(reassign);
        reassign.setOnAction(e -> model.reassign(java.util.List.copyOf(overdue.getSelectionModel().getSelectedItems())));
        VBox repBox = new VBox(8, overdue, reassign);
        VBox.setVgrow(overdue, Priority.ALWAYS);
        repBox.setPadding(new Insets(8));
        repTab.setContent(repBox);

        TableView<Board.LateCommitment> commitments = new TableView<>(lateCommitments);
        commitments.setId("overdueCommitments");
        commitments.setPlaceholder(new Label("No commitment is overdue."));
        showingFiveRows(commitments);
        commitments.getColumns().setAll(java.util.List.of(
                fit(column("Promised by", 150, c -> c.item().owner().name()), "Quentin Wagner"),
                fit(column("Customer", 150, c -> c.item().customer() == null ? "" : c.item().customer().name()),
                        "Katarina Novak"),
                fit(column("What", 240, c -> c.item().item().subject() == null ? "" : c.item().item().subject()),
                        "Missed call: wrong item delivered"),
                commitmentDue = fit(column("Due", 175, c -> due(c.item())), TYPICAL_DUE),
                fit(column("Late by", 100, c -> TimeText.age(c.late())), "12 d 23 h"),
                fit(column("Customer told", 110, c -> c.informed() ? "Yes" : "No"), "Yes")));

        TableView<ItemView> calls = new TableView<>(unreturned);
        calls.setId("unreturnedCalls");
        calls.setPlaceholder(new Label("Every call was returned within 24 hours."));
        showingFiveRows(calls);
        calls.getColumns().setAll(java.util.List.of(
                fit(column("Rep", 150, v -> v.owner().name()), "Quentin Wagner"),
                fit(column("Customer", 150, v -> v.customer() == null ? "" : v.customer().name()), "Katarina Novak"),
                fit(column("Subject", 240, v -> v.item().subject() == null ? "" : v.item().subject()),
                        "Missed call: wrong item delivered"),
                fit(column("Waiting", 100, v -> TimeText.age(Duration.between(v.item().receivedAt(), v.asOf()))),
                        "12 d 23 h"),
                fit(column("Attempts", 80, v -> String.valueOf(v.item().progress().attempts())), "9")));

        TableView<Escalation> escalated = new TableView<>(escalations);
        escalated.setId("escalations");
        escalated.setPlaceholder(new Label("No escalations in the last 7 days."));
        showingFiveRows(escalated);
        escalated.getColumns().setAll(java.util.List.of(
                fit(column("From", 130, e -> e.from().name()), "Quentin Wagner"),
                fit(column("To", 130, e -> e.to().name()), "Quentin Wagner"),
                fit(column("Customer", 140, e -> e.customer()), "Katarina Novak"),
                column("Why", 220, e -> e.reason() == null ? "" : e.reason()),
                fit(column("Picked up after", 120, e -> e.pickedUpAfter() == null ? "not yet"
                        : TimeText.age(e.pickedUpAfter())), "12 d 23 h")));

        TabPane tabs = new TabPane(repTab, new Tab("Overdue commitments", commitments),
                new Tab("Calls not returned in 24 h", withReassign(calls, "reassignCallsButton", model::reassign)),
                new Tab("Escalations, 7 days", withReassign(escalated, "reassignEscalationsButton",
                        model::reassignEscalated)));
        tabs.setId("boardTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Room for five rows of any lower table, its tab and the Reassign button, however small the window.
        tabs.setMinHeight(TABS_HEIGHT + HEADER_HEIGHT + LOWER_ROWS * ROW_HEIGHT + 4 + 8 + 8 + 8 + BUTTON_HEIGHT);
        return tabs;
    }

    /** A rep may not reassign: the button is not there for them, rather than there and greyed out for good. */
    private void offeredOnlyToThoseWhoMay(Button reassign) {
        reassign.visibleProperty().bind(model.canReassignProperty());
        reassign.managedProperty().bind(model.canReassignProperty());
    }

    /** The table with a Reassign button under it, for what is selected in it (leads and managers only). */
    private <T> VBox withReassign(TableView<T> table, String id, java.util.function.Consumer<java.util.List<T>> reassign) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Button button = new Button("Reassign…", new FontIcon(MaterialDesignA.ACCOUNT_ARROW_RIGHT));
        button.setId(id);
        Tooltips.set(button, "Move the selected items to another rep, with a reason");
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        offeredOnlyToThoseWhoMay(button);
        button.setOnAction(e -> reassign.accept(java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        VBox box = new VBox(8, table, button);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private void show(Board board) {
        if (board == null) {
            return;
        }
        allTeams = board.team() == null;
        reps.setAll(board.reps());
        lateCommitments.setAll(board.overdueCommitments());
        allTeamsColumns.show(allTeams, commitmentDue, lateCommitments, c -> due(c.item()), TYPICAL_DUE);
        unreturned.setAll(board.unreturnedCalls());
        escalations.setAll(board.escalations());
        String text = OnTimeLine.text(board.trend(), model.onTimeMinimum());
        banner.setText(board.trend().alert() ? "Act now: " + text + ". That is 10 points or more down." : text);
        banner.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("alert"), board.trend().alert());
        banner.getStyleClass().removeAll(Styles.DANGER);
        if (board.trend().alert()) {
            banner.getStyleClass().add(Styles.DANGER);
        }
    }
}
