package dev.promptly.ui.dialogs;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import java.util.function.BooleanSupplier;

/** Shared layout for the dialogs: labelled fields in a grid, each with its error shown beneath it. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        return grid;
    }

    /** Adds a labelled field and returns the label that shows its error. */
    static Label field(GridPane grid, int row, String caption, Node field, String errorId) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        grid.add(label, 0, row * 2);
        grid.add(field, 1, row * 2);
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        grid.add(error, 1, row * 2 + 1);
        return error;
    }

    /** OK runs {@code valid}, which shows the errors; the dialog stays open until it returns true. */
    static void okOnlyWhen(Dialog<?> dialog, BooleanSupplier valid) {
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("okButton");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!valid.getAsBoolean()) {
                event.consume();
            }
        });
    }
}
