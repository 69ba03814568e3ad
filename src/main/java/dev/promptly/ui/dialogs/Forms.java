package dev.promptly.ui.dialogs;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

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
        label.setMinWidth(Region.USE_PREF_SIZE); // a caption reads whole ("New date", not "New …")
        grid.add(label, 0, row * 2);
        grid.add(field, 1, row * 2);
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        // A long message wraps under its field rather than widening the dialog past the screen.
        error.setMaxWidth(ERROR_WIDTH);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        grid.add(error, 1, row * 2 + 1);
        fields(grid).add(field);
        return error;
    }

    private static final double ERROR_WIDTH = 360;
    private static final String FIELDS = Forms.class.getName() + ".fields";

    @SuppressWarnings("unchecked")
    private static List<Node> fields(GridPane grid) {
        return (List<Node>) grid.getProperties().computeIfAbsent(FIELDS, k -> new ArrayList<Node>());
    }

    /**
     * OK runs {@code valid}, which shows the errors; the dialog stays open until it returns true. Once OK has shown
     * errors, every change to a field checks again, so an error goes as soon as its field is put right. The dialog
     * grows and shrinks with the errors shown, so they never push OK and Cancel out of it. Call after the content
     * is set. The dialog is as wide as its fields need ({@link #widthOfContent}).
     */
    static void okOnlyWhen(Dialog<?> dialog, BooleanSupplier valid) {
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        widthOfContent(dialog);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("okButton");
        boolean[] checking = {false};
        Runnable check = () -> {
            valid.getAsBoolean();
            fitWindow(dialog);
        };
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!valid.getAsBoolean()) {
                event.consume();
                checking[0] = true;
                fitWindow(dialog);
            }
        });
        if (dialog.getDialogPane().getContent() instanceof GridPane grid) {
            for (Node field : fields(grid)) {
                onChange(field, () -> {
                    if (checking[0]) {
                        check.run();
                    }
                });
            }
        }
    }

    /** The dialog's window takes the size its content now wants. */
    static void fitWindow(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            fitWidth(dialog);
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            window.sizeToScene();
            keepOnScreen(window);
        }
    }

    /**
     * A dialog that grew downwards (New item's suggestions, errors) moves up as far as needed to keep its bottom, OK
     * and Cancel, on the screen: at 720 px its buttons otherwise ended below a laptop's taskbar.
     */
    private static void keepOnScreen(Window window) {
        List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        javafx.geometry.Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0))
                .getVisualBounds();
        if (window.getY() + window.getHeight() > visible.getMaxY()) {
            window.setY(Math.max(visible.getMinY(), visible.getMaxY() - window.getHeight()));
        }
    }

    /**
     * The theme holds every dialog to 600 px ({@code .dialog-pane { -fx-max-width: 600px }}), which squeezed New
     * item's fields until "Company" read "Compan". A form is instead as wide as its fields need, never narrower than
     * the theme's width (a long header still wraps there) and never wider than the screen its owner is on.
     */
    static void widthOfContent(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> fitWidth(dialog));
    }

    /** The theme's width for a dialog: headers and messages wrap at it. */
    private static final double THEME_WIDTH = 600;

    private static void fitWidth(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Node content = pane.getContent();
        if (content == null) {
            return;
        }
        pane.applyCss();
        Node buttons = pane.lookup(".button-bar");
        double sides = pane.snappedLeftInset() + pane.snappedRightInset();
        double wanted = Math.max(THEME_WIDTH, sides + Math.max(content.prefWidth(-1),
                buttons == null ? 0 : buttons.prefWidth(-1)));
        pane.setMaxWidth(Math.min(wanted, screenWidth(dialog.getOwner())));
    }

    /** The usable width of the screen {@code owner} is on (the main screen when there is no owner). */
    private static double screenWidth(Window owner) {
        List<Screen> screens = owner == null ? List.of()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds().getWidth();
    }

    /** Runs {@code change} when what {@code field} holds changes: its text, its value, or any of its parts'. */
    private static void onChange(Node field, Runnable change) {
        InvalidationListener listener = o -> change.run();
        if (field instanceof TextInputControl text) {
            text.textProperty().addListener(listener);
        } else if (field instanceof ComboBoxBase<?> box) {
            box.valueProperty().addListener(listener);
        } else if (field instanceof ChoiceBox<?> choice) {
            choice.valueProperty().addListener(listener);
        } else if (field instanceof Toggle toggle) {
            toggle.selectedProperty().addListener(listener);
        } else if (field instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                onChange(child, change);
            }
        }
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
