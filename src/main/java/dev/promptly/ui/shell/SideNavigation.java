package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The sidebar: the queue, the board, the reports and the Team screen, the one on show marked. */
final class SideNavigation {

    private SideNavigation() {
    }

    static Node create(ShellViewModel model) {
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
        Consumer<ShellViewModel.Screen> mark = screen -> {
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
}
