package dev.promptly.ui.shell;

import dev.promptly.ui.Shortcut;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.board.BoardView;
import dev.promptly.ui.queue.Notice;
import dev.promptly.ui.queue.QueueView;
import dev.promptly.ui.reports.ReportsView;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The main window: the {@link TopBar} on top, the {@link SideNavigation} on the left, the current screen in the middle
 * and the {@link StoreStatus} below; it also holds the keyboard shortcuts.
 */
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
        setTop(new VBox(TopBar.create(model, this, this::showShortcuts), StoreStatus.outageBanner(model, content)));
        setLeft(SideNavigation.create(model));
        setCenter(content);
        setBottom(StoreStatus.bar(model));
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

    private void show(ShellViewModel.Screen screen) {
        Node node = switch (screen) {
            case OPENING -> message();
            case FAILED -> new StartFailureView(model);
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
