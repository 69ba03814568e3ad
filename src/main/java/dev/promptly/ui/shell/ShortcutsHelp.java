package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.KeyHint;
import dev.promptly.ui.Shortcut;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The F1 list: every {@link Shortcut}, then every {@link KeyHint}, each with what it does; made from those lists. */
final class ShortcutsHelp {

    private ShortcutsHelp() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsHelp");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            grid.addRow(row++, keys(shortcut.keys().getDisplayText()), new Label(shortcut.description()));
        }
        for (KeyHint hint : KeyHint.values()) {
            grid.addRow(row++, keys(hint.keys()), new Label(hint.description()));
        }
        return grid;
    }

    private static Label keys(String text) {
        Label keys = new Label(text);
        keys.getStyleClass().add(Styles.TEXT_BOLD);
        return keys;
    }
}
