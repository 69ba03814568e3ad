package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.KeyHint;
import dev.promptly.ui.Shortcut;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The F1 list, made from {@link Shortcut} and {@link KeyHint} so that it names every key: the window's shortcuts on
 * the left, the keys inside the controls on the right (two columns, so it fits a laptop's 768 pixels).
 */
final class ShortcutsHelp {

    private static final int HINTS_COLUMN = 2;

    private ShortcutsHelp() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsHelp");
        grid.setHgap(20);
        grid.setVgap(6);
        grid.add(heading("Anywhere in the window"), 0, 0, 2, 1);
        grid.add(heading("In a list, the search, a dialog or a note"), HINTS_COLUMN, 0, 2, 1);
        int row = 1;
        for (Shortcut shortcut : Shortcut.values()) {
            grid.add(keys(shortcut.keys().getDisplayText()), 0, row);
            grid.add(what(shortcut.description()), 1, row++);
        }
        row = 1;
        for (KeyHint hint : KeyHint.values()) {
            grid.add(keys(hint.keys()), HINTS_COLUMN, row);
            grid.add(what(hint.description()), HINTS_COLUMN + 1, row++);
        }
        return grid;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return heading;
    }

    private static Label keys(String text) {
        Label keys = new Label(text);
        keys.getStyleClass().add(Styles.TEXT_BOLD);
        keys.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut short
        return keys;
    }

    private static Label what(String text) {
        Label what = new Label(text);
        what.setMinWidth(Region.USE_PREF_SIZE);
        return what;
    }
}
