package dev.promptly.ui.help;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/**
 * Said when no browser took a page the application wrote: its address, selected in a field (Ctrl+C copies it) and
 * with a button that copies it, since a path such as /tmp/promptly-guide1154764256/user-guide.html is not one to
 * type over by hand.
 */
public final class PageAddressAlert extends Alert {

    private static final ButtonType COPY = new ButtonType("Copy address", ButtonBar.ButtonData.LEFT);

    public PageAddressAlert(Path page) {
        super(AlertType.INFORMATION);
        setTitle("User guide");
        setHeaderText("No browser could be opened for the user guide");
        String address = page.toUri().toString();
        TextField field = new TextField(address);
        field.setId("pageAddress");
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(address.length(), 48));
        Label say = new Label("Open this address in your browser:");
        say.setLabelFor(field);
        getDialogPane().setContent(new VBox(8, say, field));
        // Close, not OK: a dialog with two buttons closes on Escape only when one of them cancels.
        getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        Button copy = (Button) getDialogPane().lookupButton(COPY);
        copy.setId("copyPageAddress");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // copying leaves the alert open
            ClipboardContent content = new ClipboardContent();
            content.putString(address);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        setOnShown(e -> Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        }));
    }
}
