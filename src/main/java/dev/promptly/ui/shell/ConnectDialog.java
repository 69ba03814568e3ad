package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.FormGrid;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** File > Connect to team server…: the URL, the password, keeping it; Connect stays open until it worked. */
public final class ConnectDialog extends Dialog<Void> {

    private static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    public ConnectDialog(ConnectViewModel model) {
        setTitle("Connect to team server");
        setHeaderText("Work on your team's shared store: everyone sees the same items, and changes show on every "
                + "desktop as they are made.");
        getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);

        TextField url = new TextField();
        url.setId("serverUrl");
        url.setPromptText("postgresql://db.example.com/team");
        url.textProperty().bindBidirectional(model.urlProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setPromptText("optional (see below)");
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox keep = new CheckBox("Keep the password in this computer's credential store");
        keep.setId("serverKeepPassword");
        keep.selectedProperty().bindBidirectional(model.keepPasswordProperty());
        Label problem = new Label();
        problem.setId("serverProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        // What is wrong in the danger colour; "Connecting…" in the normal one.
        problem.textProperty().addListener((o, a, text) -> {
            problem.getStyleClass().remove(Styles.DANGER);
            if (!text.startsWith("Connecting")) {
                problem.getStyleClass().add(Styles.DANGER);
            }
        });

        GridPane grid = FormGrid.create();
        grid.addRow(0, new Label("Server URL"), url);
        grid.addRow(1, new Label("Password"), password);
        grid.add(keep, 1, 2);
        // The whole rule here rather than in the password's prompt, which a 600 px dialog cut off mid-word.
        Label hint = new Label("The URL names the server and the store, never the password. Left empty, the "
                + "password comes from PGPASSWORD, ~/.pgpass or one kept before; it is only kept if you tick the box.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(12, grid, hint, problem);
        box.setPadding(new Insets(12, 16, 0, 16));
        box.setPrefWidth(560);
        getDialogPane().setContent(box);
        getDialogPane().setMinWidth(600);

        Node connect = getDialogPane().lookupButton(CONNECT);
        connect.setId("serverConnect");
        connect.disableProperty().bind(model.busyProperty());
        url.disableProperty().bind(model.busyProperty());
        password.disableProperty().bind(model.busyProperty());
        // Connect checks and connects in the background; the dialog closes only once the store is open.
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.connect();
        });
        model.connectedProperty().addListener((o, a, done) -> {
            if (done) {
                close();
            }
        });
        // Return connects from any field, the check box included (where it would otherwise tick the box).
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isShiftDown() && !e.isMetaDown()
                    && !(e.getTarget() instanceof Button button && !button.isDefaultButton())) {
                e.consume();
                if (!model.busyProperty().get()) {
                    model.connect();
                }
            }
        });
        // Long sentences wrap: the dialog grows to show them whole instead of cutting them mid-word.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().addListener((o, a, text) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        // A refused connection leaves the fields editable again: back to the password, to type it once more.
        model.busyProperty().addListener((o, was, busy) -> {
            if (was && !busy && !model.connectedProperty().get()) {
                Platform.runLater(() -> {
                    password.requestFocus();
                    password.selectAll();
                });
            }
        });
        setResultConverter(button -> null);
        // With the server known (a start that asked for its password), the password is what is left to type.
        setOnShown(e -> Platform.runLater(() -> (url.getText().isBlank() ? url : password).requestFocus()));
    }
}
