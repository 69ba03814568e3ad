package dev.promptly.ui.help;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.Shortcut;
import dev.promptly.ui.Tooltips;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** The help button of the top bar: the user guide, the keyboard shortcuts (also F1), About Promptly. */
public final class HelpMenu {

    private HelpMenu() {
    }

    public static MenuButton button(HelpActions help, Runnable showShortcuts) {
        MenuItem guide = new MenuItem("User guide");
        guide.setId("helpUserGuide");
        guide.setOnAction(e -> help.userGuide());
        // The key is named, not set as the item's accelerator: the window already binds it (ShellView), and one
        // key should have one owner.
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts (" + Shortcut.HELP.keys().getDisplayText() + ")");
        shortcuts.setId("helpShortcuts");
        shortcuts.setOnAction(e -> showShortcuts.run());
        MenuItem about = new MenuItem("About Promptly");
        about.setId("helpAbout");
        about.setOnAction(e -> help.about());
        MenuButton button = new MenuButton(null, new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE), guide, shortcuts,
                about);
        button.setId("helpButton");
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        Tooltips.set(button, "Help: user guide, keyboard shortcuts (" + Shortcut.HELP.keys().getDisplayText()
                + "), about Promptly");
        button.setAccessibleText("Help");
        return button;
    }
}
