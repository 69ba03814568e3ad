package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.StoreLocation;
import dev.promptly.ui.Shortcut;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.Theme;
import dev.promptly.ui.Tooltips;
import dev.promptly.ui.board.BoardView;
import dev.promptly.ui.queue.Notice;
import dev.promptly.ui.queue.QueueView;
import dev.promptly.ui.reports.ReportsView;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The main window: navigation on the left, the user and theme on top, the current screen in the middle. */
public final class ShellView extends BorderPane {

    private final ShellViewModel model;
    private final StackPane content = new StackPane();
    private QueueView queueView;
    private BoardView boardView;
    private ReportsView reportsView;
    private dev.promptly.ui.team.TeamView teamView;

    public ShellView(ShellViewModel model) {
        this.model = model;
        getStyleClass().add("shell");
        content.getStyleClass().add("shell-content");
        setTop(new VBox(topBar(), outageBanner()));
        setLeft(navigation());
        setCenter(content);
        setBottom(storeBar());
        model.screenProperty().addListener((o, a, screen) -> show(screen));
        // Another store opened: its screens have view models of their own.
        model.opensProperty().addListener((o, a, b) -> {
            queueView = null;
            boardView = null;
            reportsView = null;
            teamView = null;
            show(model.screenProperty().get());
        });
        show(model.screenProperty().get());
        followTitle();
    }

    /** "Promptly — team server db.example/team" or "Promptly — this computer", on the window it is shown in. */
    private void followTitle() {
        javafx.beans.binding.StringBinding title = javafx.beans.binding.Bindings.createStringBinding(
                () -> "Promptly — " + StoreChoice.name(model.locationProperty().get()), model.locationProperty());
        sceneProperty().flatMap(Scene::windowProperty).addListener((o, a, window) -> {
            if (window instanceof javafx.stage.Stage stage) {
                stage.titleProperty().bind(title);
            }
        });
    }

    /**
     * While the team server is out of reach: a banner saying so, and the screen below dimmed as not current. It goes
     * when the server is back and the screen has loaded again.
     */
    private Node outageBanner() {
        Label banner = new Label();
        banner.setId("outageBanner");
        banner.setGraphic(new FontIcon(MaterialDesignL.LAN_DISCONNECT));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("outage-banner");
        banner.textProperty().bind(model.outageProperty());
        javafx.beans.binding.BooleanBinding out = model.outageProperty().isNotEmpty();
        banner.visibleProperty().bind(out);
        banner.managedProperty().bind(out);
        javafx.css.PseudoClass stale = javafx.css.PseudoClass.getPseudoClass("stale");
        out.addListener((o, a, isOut) -> content.pseudoClassStateChanged(stale, isOut));
        return banner;
    }

    /** The status bar: which store is open, and on a team server whether what is shown is live. */
    private Node storeBar() {
        Label store = new Label();
        store.setId("storeStatus");
        FontIcon icon = new FontIcon();
        store.setGraphic(icon);
        Runnable update = () -> {
            StoreLocation location = model.locationProperty().get();
            boolean server = location instanceof StoreLocation.Server;
            icon.setIconCode(server ? MaterialDesignS.SERVER_NETWORK : MaterialDesignD.DESKTOP_CLASSIC);
            String name = dev.promptly.ui.TimeText.capitalized(StoreChoice.name(location));
            store.setText(!server ? name + " · only you see this store"
                    : model.outageProperty().get().isEmpty() ? name + " · live: changes by others show as they are made"
                    : name + " · out of reach: not current, reconnecting…");
        };
        model.locationProperty().addListener((o, a, b) -> update.run());
        model.outageProperty().addListener((o, a, b) -> update.run());
        update.run();
        Tooltips.set(store, "File > Connect to team server… or File > Use this computer only to change it");
        store.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(store);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 12, 3, 12));
        bar.getStyleClass().add("store-bar");
        return bar;
    }

    private Node topBar() {
        Label title = new Label("Promptly", new FontIcon(MaterialDesignP.PHONE_RETURN));
        title.getStyleClass().add(Styles.TITLE_3);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button who = new Button();
        who.setId("profileButton");
        who.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        who.getStyleClass().add(Styles.FLAT);
        who.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.currentRepProperty()
                        .get() == null ? "Choose your profile"
                        : model.currentRepProperty().get().name() + " · " + model.currentTeamProperty().get()
                        + (model.signedInProperty().get() == null || model.signedInProperty().get().rep() == null ? ""
                        : " · " + model.signedInProperty().get().access().label()),
                model.currentRepProperty(), model.currentTeamProperty(), model.signedInProperty()));
        who.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new javafx.scene.control
                .Tooltip(model.signedInProperty().get() == null ? "Switch profile (this computer only: no sign-in)"
                        : "Signed in to the team server as " + model.signedInProperty().get().login()
                        + "; to be someone else, connect again with their login (File > Connect to team server)"),
                model.signedInProperty()));
        who.setOnAction(e -> model.switchProfile());
        Button theme = new Button();
        theme.setId("themeButton");
        theme.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new FontIcon(
                model.themeProperty().get() == Theme.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY
                        : MaterialDesignW.WEATHER_NIGHT), model.themeProperty()));
        Tooltips.set(theme, "Switch between light and dark");
        theme.setAccessibleText("Switch between light and dark");
        theme.setOnAction(e -> model.toggleTheme());
        javafx.scene.control.MenuButton help = dev.promptly.ui.help.HelpMenu.button(model.help(), this::showShortcuts);
        HBox bar = new HBox(8, title, fileMenu(), grow, mailSync(), new NoticesButton(model), who, theme, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /**
     * While a mail sync runs: a spinner and "Syncing mail"; the last sync's outcome as a tooltip. Also syncs in the
     * background every few minutes when the rep asked for it and the password is kept.
     */
    private Node mailSync() {
        Label label = new Label("Syncing mail");
        label.setId("mailSyncing");
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        // The mailbox is there once the store is open, which can be before the window is made or after.
        Runnable followSyncs = () -> {
            if (model.mailbox() != null) {
                label.visibleProperty().bind(model.mailbox().syncingProperty()); // each store has its own
            }
        };
        model.opensProperty().addListener((o, a, opens) -> followSyncs.run());
        followSyncs.run();
        // The spinner is made on the first sync: the window's first frame should not wait for it.
        label.visibleProperty().addListener((o, a, visible) -> {
            if (visible && label.getGraphic() == null) {
                javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
                spinner.setPrefSize(16, 16);
                label.setGraphic(spinner);
            }
        });
        int[] minutesSinceSync = {0};
        javafx.animation.Timeline every = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                Duration.minutes(1), e -> {
                    int wanted = model.mailbox() == null ? 0 : model.mailbox().everyMinutesProperty().get();
                    if (wanted > 0 && ++minutesSinceSync[0] >= wanted) {
                        minutesSinceSync[0] = 0;
                        model.mailbox().syncNow(false);
                    }
                }));
        every.setCycleCount(javafx.animation.Animation.INDEFINITE);
        every.play();
        return label;
    }

    /** File: the imports, the mailbox, and quitting. Calls need reps to be for, so a store with a team in it. */
    private Node fileMenu() {
        MenuItem calls = new MenuItem("Import calls from the phone system…");
        calls.setId("importCallsMenu");
        calls.setOnAction(e -> model.importCalls());
        MenuItem items = new MenuItem("Import items from a spreadsheet (CSV)…");
        items.setId("importItemsMenu");
        items.setOnAction(e -> model.importItems());
        javafx.beans.binding.BooleanBinding noTeam = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> switch (model.screenProperty().get()) {
                    case OPENING, WELCOME, FAILED -> true;
                    default -> false;
                }, model.screenProperty());
        calls.disableProperty().bind(noTeam);
        // A spreadsheet can bring its reps in a new team, so it can start an empty store.
        items.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.screenProperty().get() == ShellViewModel.Screen.OPENING
                        || model.screenProperty().get() == ShellViewModel.Screen.FAILED, model.screenProperty()));
        MenuItem mailboxFile = new MenuItem("Import your mailbox file (mbox)…");
        mailboxFile.setId("importMailboxMenu");
        mailboxFile.setOnAction(e -> model.importMailbox());
        mailboxFile.disableProperty().bind(model.currentRepProperty().isNull());
        MenuItem mailbox = new MenuItem("Mailbox…");
        mailbox.setId("mailboxMenu");
        mailbox.setOnAction(e -> model.openMailbox());
        MenuItem syncMail = new MenuItem("Sync mailbox now");
        syncMail.setId("syncMailMenu");
        syncMail.setAccelerator(Shortcut.SYNC_MAIL.keys());
        syncMail.setOnAction(e -> model.syncMailNow());
        javafx.beans.binding.BooleanBinding noRep = model.currentRepProperty().isNull();
        mailbox.disableProperty().bind(noRep);
        syncMail.disableProperty().bind(noRep);
        MenuItem connect = new MenuItem("Connect to team server…");
        connect.setId("connectServerMenu");
        connect.setOnAction(e -> model.connectToServer());
        connect.disableProperty().bind(model.switchingProperty());
        MenuItem local = new MenuItem("Use this computer only");
        local.setId("useThisComputerMenu");
        local.setOnAction(e -> model.useThisComputer());
        local.disableProperty().bind(model.switchingProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.locationProperty().get().equals(model.thisComputer()), model.locationProperty())));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(Shortcut.QUIT.keys());
        // As if the window's close button were pressed, so the window's size and place are remembered.
        quit.setOnAction(e -> getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(getScene().getWindow(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("_File", null, calls, items, mailboxFile, new SeparatorMenuItem(), mailbox, syncMail,
                new SeparatorMenuItem(), connect, local, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");
        MenuBar bar = new MenuBar(file);
        bar.getStyleClass().add("file-menu");
        return bar;
    }

    private Node navigation() {
        // No toggle group: in one, Tab would only reach the selected button. Which one is selected follows the screen.
        ToggleButton queue = nav("navQueue", "My queue", new FontIcon(MaterialDesignI.INBOX));
        queue.setOnAction(e -> {
            queue.setSelected(true);
            model.showQueue();
        });
        ToggleButton board = nav("navBoard", "Team board", new FontIcon(MaterialDesignV.VIEW_DASHBOARD_OUTLINE));
        board.setOnAction(e -> {
            board.setSelected(true);
            model.showBoard();
        });
        ToggleButton reports = nav("navReports", "Reports", new FontIcon(MaterialDesignC.CHART_LINE));
        reports.setOnAction(e -> {
            reports.setSelected(true);
            model.showReports(null);
        });
        ToggleButton team = nav("navTeam", "Team", new FontIcon(MaterialDesignA.ACCOUNT_GROUP));
        team.setOnAction(e -> {
            team.setSelected(true);
            model.showTeam();
        });
        // The screen can be chosen before the window is made (at start-up), or after.
        java.util.function.Consumer<ShellViewModel.Screen> mark = screen -> {
            queue.setSelected(screen == ShellViewModel.Screen.QUEUE);
            board.setSelected(screen == ShellViewModel.Screen.BOARD);
            reports.setSelected(screen == ShellViewModel.Screen.REPORTS);
            team.setSelected(screen == ShellViewModel.Screen.TEAM);
        };
        model.screenProperty().addListener((o, a, screen) -> mark.accept(screen));
        mark.accept(model.screenProperty().get());
        queue.disableProperty().bind(model.currentRepProperty().isNull());
        board.disableProperty().bind(model.currentRepProperty().isNull());
        reports.disableProperty().bind(model.currentRepProperty().isNull());
        team.disableProperty().bind(model.currentRepProperty().isNull());
        VBox nav = new VBox(4, queue, board, reports, team);
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(170);
        nav.getStyleClass().add("navigation");
        return nav;
    }

    private static ToggleButton nav(String id, String text, FontIcon icon) {
        ToggleButton button = new ToggleButton(text, icon);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().add(Styles.FLAT);
        return button;
    }

    private void show(ShellViewModel.Screen screen) {
        Node node = switch (screen) {
            case OPENING, FAILED -> message();
            case WELCOME -> new WelcomeView(model);
            case PROFILE -> new ProfileView(model);
            case QUEUE -> queueView();
            case BOARD -> boardView();
            case REPORTS -> reportsView();
            case TEAM -> teamView();
        };
        content.getChildren().setAll(node);
    }

    private Node message() {
        Label status = new Label();
        status.setId("shellStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        StackPane box = new StackPane(status);
        box.setPadding(new Insets(32));
        return box;
    }

    private QueueView queueView() {
        if (queueView == null) {
            queueView = new QueueView(model.queue(), model.details());
            queueView.onFindEverywhere(this::findCustomer);
            model.queue().notices().addListener((ListChangeListener<Notice>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(this::notify);
                }
            });
        }
        return queueView;
    }

    private BoardView boardView() {
        if (boardView == null) {
            boardView = new BoardView(model.board(), team -> model.showReports(team, true));
        }
        return boardView;
    }

    private ReportsView reportsView() {
        if (reportsView == null) {
            reportsView = new ReportsView(model.reports());
        }
        return reportsView;
    }

    private dev.promptly.ui.team.TeamView teamView() {
        if (teamView == null) {
            teamView = new dev.promptly.ui.team.TeamView(model.team());
        }
        return teamView;
    }

    private void notify(Notice notice) {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        Notifications.create()
                .owner(getScene().getWindow())
                .title(notice.title())
                .text(notice.text())
                .hideAfter(Duration.seconds(8))
                .showWarning();
    }

    /** Registers every keyboard shortcut on the window's scene. */
    public void installShortcuts(Scene scene) {
        put(scene, Shortcut.NEW_ITEM, () -> queue(q -> q.newItem()));
        put(scene, Shortcut.LOG_ATTEMPT, () -> queue(q -> q.logAttempt()));
        put(scene, Shortcut.MARK_REPLIED, () -> queue(q -> q.markReplied()));
        put(scene, Shortcut.COMPLETE, () -> queue(q -> q.complete()));
        put(scene, Shortcut.TELL_CUSTOMER, () -> queue(q -> q.tellCustomer()));
        put(scene, Shortcut.ESCALATE, () -> queue(q -> q.escalate()));
        put(scene, Shortcut.REOPEN, () -> queue(q -> q.reopen()));
        put(scene, Shortcut.NOTE, () -> queue(q -> q.addNote()));
        put(scene, Shortcut.EDIT, () -> queue(q -> q.edit()));
        put(scene, Shortcut.UNDO, () -> queue(q -> q.undo()));
        put(scene, Shortcut.REFRESH, () -> {
            if (model.screenProperty().get() == ShellViewModel.Screen.BOARD) {
                model.board().refresh();
            } else if (model.screenProperty().get() == ShellViewModel.Screen.REPORTS) {
                model.reports().refresh();
            } else if (model.screenProperty().get() == ShellViewModel.Screen.TEAM) {
                model.team().refresh();
            } else {
                queue(q -> q.refresh());
            }
        });
        put(scene, Shortcut.SEARCH, () -> {
            if (queueView != null && model.screenProperty().get() == ShellViewModel.Screen.QUEUE) {
                queueView.focusSearch();
            }
        });
        put(scene, Shortcut.FIND_CUSTOMER, () -> findCustomer(""));
        put(scene, Shortcut.HELP, this::showShortcuts);
        // The sidebar follows the screen shown, so the keys only need to ask for it.
        put(scene, Shortcut.MY_QUEUE, model::showQueue);
        put(scene, Shortcut.TEAM_BOARD, model::showBoard);
        put(scene, Shortcut.REPORTS, () -> model.showReports(null));
        put(scene, Shortcut.TEAM, model::showTeam);
    }

    /** Opens the find-a-customer panel (Ctrl+K, or from the queue's search), starting from {@code typed}. */
    private void findCustomer(String typed) {
        dev.promptly.ui.find.FindCustomerViewModel find = model.findCustomer(typed);
        if (find != null) {
            new dev.promptly.ui.find.FindCustomerDialog(find, getScene() == null ? null : getScene().getWindow()).show();
        }
    }

    private static void put(Scene scene, Shortcut shortcut, Runnable action) {
        scene.getAccelerators().put(shortcut.keys(), action);
    }

    /** Runs a queue action only while the queue is on screen; each action checks it is allowed for the row. */
    private void queue(java.util.function.Consumer<dev.promptly.ui.queue.QueueViewModel> action) {
        if (model.screenProperty().get() == ShellViewModel.Screen.QUEUE) {
            action.accept(model.queue());
        }
    }

    /** The help overlay: every shortcut and what it does. */
    public void showShortcuts() {
        GridPane grid = ShortcutsHelp.grid();
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Everything Promptly does, without the mouse");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.show();
    }
}
