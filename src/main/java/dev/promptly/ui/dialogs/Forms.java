package dev.promptly.ui.dialogs;

import atlantafx.base.theme.Styles;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * Shared layout and keys for the dialogs: labelled fields in a grid, each with its error shown beneath it; focus
 * starts in the first field; Return confirms from any field (Ctrl+Return from a note); Tab leaves a note.
 */
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

    /**
     * Keys a rep uses all day: the dialog opens with {@code first} focused (its text selected, so typing replaces
     * it), and Return presses OK from any field, radio buttons included. In a note Return is a new line and
     * Ctrl+Return presses OK. Call after the buttons are set.
     */
    static void keyboard(Dialog<?> dialog, Node first) {
        // The dialog focuses its default button once shown; take the focus back after that.
        dialog.setOnShown(e -> Platform.runLater(() -> {
            first.requestFocus();
            if (first instanceof TextField field) {
                field.selectAll();
            }
        }));
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isMetaDown() || event.isShiftDown()) {
                return;
            }
            Object target = event.getTarget();
            if (!event.isControlDown() && (target instanceof TextArea || isButton(target) || isShowingPopup(target))) {
                return;
            }
            if (target instanceof DatePicker date) {
                commitTyped(date);
            }
            event.consume();
            ok.fire();
        });
    }

    /** Cancel and OK keep their own Return; radio buttons and check boxes are fields. */
    private static boolean isButton(Object target) {
        return target instanceof ButtonBase && !(target instanceof Toggle);
    }

    /** Return in an open list (or a list of suggestions) picks the entry, it does not confirm the dialog. */
    private static boolean isShowingPopup(Object target) {
        return target instanceof ComboBoxBase<?> box && box.isShowing()
                || target instanceof ChoiceBox<?> choice && choice.isShowing()
                || target instanceof javafx.scene.control.ListView<?>;
    }

    /** A typed date counts as entered; one that does not parse is left for the field to report. */
    private static void commitTyped(DatePicker date) {
        try {
            date.commitValue();
        } catch (RuntimeException unparsable) {
            // the value stays as it was; validation says what is missing
        }
    }

    /**
     * A multi-line note where Tab and Shift+Tab move to the next and previous control, as in every other field,
     * and Ctrl+Tab types a tab. (A text area's own keys are the other way round.)
     */
    static TextArea note(TextArea note) {
        boolean[] handingOver = {false};
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isAltDown() || event.isMetaDown() || handingOver[0]) {
                return;
            }
            event.consume();
            if (event.isControlDown()) {
                note.replaceSelection("\t");
                return;
            }
            // The text area itself moves the focus on Ctrl+Tab (Ctrl+Shift+Tab back): hand it that key.
            handingOver[0] = true;
            try {
                note.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(), KeyCode.TAB,
                        event.isShiftDown(), true, false, false));
            } finally {
                handingOver[0] = false;
            }
        });
        return note;
    }
}
