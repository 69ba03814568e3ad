package dev.promptly.ui.help;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** "About Promptly": the version and the store in use, selectable so that they can be copied into a message. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(About about) {
        setTitle("About Promptly");
        setHeaderText("Promptly " + about.version());
        GridPane grid = new GridPane();
        grid.setId("aboutPromptly");
        grid.setHgap(16);
        grid.setVgap(8);
        grid.addRow(0, bold("Version"), value("aboutVersion", about.version()));
        grid.addRow(1, bold("Store"), value("aboutStore", about.store()));
        grid.addRow(2, bold("Where"), value("aboutWhere", about.where()));
        grid.add(new Label("Callbacks, emails and promises to customers, answered in time."), 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }
}
