package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.people.Rep;
import dev.promptly.people.SignedIn;
import dev.promptly.ui.Theme;
import dev.promptly.ui.Tooltips;
import dev.promptly.ui.help.HelpMenu;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The main window's top bar: the title, the File menu, mail syncing, the notices, who the user is, theme and help. */
final class TopBar {

    private TopBar() {
    }

    /**
     * @param window        the node whose window the File menu's Quit closes
     * @param showShortcuts shows the keyboard shortcuts (Help menu)
     */
    static Node create(ShellViewModel model, Node window, Runnable showShortcuts) {
        Label title = new Label("Promptly", new FontIcon(MaterialDesignP.PHONE_RETURN));
        title.getStyleClass().add(Styles.TITLE_3);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        MenuButton help = HelpMenu.button(model.help(), showShortcuts);
        HBox bar = new HBox(8, title, FileMenu.create(model, window), grow, MailSyncLabel.create(model),
                new NoticesButton(model), profileButton(model), themeButton(model), help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** Who the user is (and on a team server, their access); a click switches profile where that is possible. */
    private static Button profileButton(ShellViewModel model) {
        Button who = new Button();
        who.setId("profileButton");
        who.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        who.getStyleClass().add(Styles.FLAT);
        // Nobody to choose while no store is open (it did not open at start-up).
        who.textProperty().bind(Bindings.createStringBinding(() -> profileText(model),
                model.currentRepProperty(), model.currentTeamProperty(), model.signedInProperty(),
                model.screenProperty()));
        who.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(profileTip(model)),
                model.signedInProperty(), model.currentRepProperty()));
        who.setOnAction(e -> model.switchProfile());
        return who;
    }

    private static String profileText(ShellViewModel model) {
        Rep rep = model.currentRepProperty().get();
        SignedIn signedIn = model.signedInProperty().get();
        if (rep == null) {
            return model.screenProperty().get() == ShellViewModel.Screen.FAILED ? "Not signed in"
                    : "Choose your profile";
        }
        if (signedIn != null && signedIn.rep() == null) {
            // An admin's login is no rep: what they do is recorded as done by the person they chose, so say so.
            return signedIn.login() + " (" + signedIn.access().label() + ") · as " + rep.name();
        }
        return rep.name() + " · " + model.currentTeamProperty().get()
                + (signedIn == null ? "" : " · " + signedIn.access().label());
    }

    private static String profileTip(ShellViewModel model) {
        SignedIn signedIn = model.signedInProperty().get();
        Rep rep = model.currentRepProperty().get();
        if (signedIn == null) {
            return "Switch profile (this computer only: no sign-in)";
        }
        if (signedIn.rep() == null) {
            return "Signed in to the team server as " + signedIn.login() + ", who is no rep: what you do here is "
                    + "recorded as done by " + (rep == null ? "the person you choose" : rep.name())
                    + ". Click to act as someone else.";
        }
        return "Signed in to the team server as " + signedIn.login()
                + "; to be someone else, connect again with their login (File > Connect to team server)";
    }

    private static Button themeButton(ShellViewModel model) {
        Button theme = new Button();
        theme.setId("themeButton");
        theme.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        theme.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                model.themeProperty().get() == Theme.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY
                        : MaterialDesignW.WEATHER_NIGHT), model.themeProperty()));
        Tooltips.set(theme, "Switch between light and dark");
        theme.setAccessibleText("Switch between light and dark");
        theme.setOnAction(e -> model.toggleTheme());
        return theme;
    }
}
