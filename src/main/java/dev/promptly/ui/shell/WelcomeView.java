package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.Tooltips;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** First start on an empty store: two clicks to a working app. */
final class WelcomeView extends VBox {

    WelcomeView(ShellViewModel model) {
        super(16);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(48));
        setMaxWidth(640);
        Label title = new Label("Welcome to Promptly", new FontIcon(MaterialDesignP.PHONE_RETURN));
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = new Label("Every call returned and every email answered within 24 hours. "
                + "Start with a demo team to see how Promptly works, set up your own team, or bring it in from a "
                + "spreadsheet.");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);

        Button demo = new Button("Load a demo team", new FontIcon(MaterialDesignA.ACCOUNT_GROUP));
        demo.setId("loadDemoButton");
        demo.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        demo.setDefaultButton(true);
        demo.setOnAction(e -> model.loadDemo());
        demo.disableProperty().bind(model.busyProperty());

        Button own = new Button("Set up my team", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        own.setId("setUpButton");
        own.getStyleClass().add(Styles.LARGE);
        own.setOnAction(e -> model.switchProfile());

        Button importButton = new Button("Import…", new FontIcon(MaterialDesignD.DATABASE_IMPORT));
        importButton.setId("welcomeImportButton");
        importButton.getStyleClass().add(Styles.LARGE);
        importButton.setOnAction(e -> model.files().items());
        Tooltips.set(importButton, "Bring in your team's calls, emails and promises from a spreadsheet "
                + "(CSV); the reps it names join a new team");
        HBox importBox = new HBox(importButton);

        Label status = new Label();
        status.setId("welcomeStatus");
        status.textProperty().bind(model.statusProperty());

        for (Button button : new Button[] {demo, own, importButton}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(12, demo, own, importBox);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, text, buttons, status);
    }
}
