package dev.promptly.ui.mail;

import atlantafx.base.theme.Styles;
import dev.promptly.imports.mail.MailAccount;
import dev.promptly.ui.FormGrid;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Where the rep's mailbox is, and syncing it: now, and every few minutes. */
public final class MailboxDialog extends Dialog<Void> {

    public MailboxDialog(MailboxViewModel model) {
        setTitle("Mailbox");
        setHeaderText("Promptly reads your inbox and sent folder (headers only) to see which emails wait for your "
                + "answer, and counts your inbox.");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(model.syncingProperty());

        GridPane grid = FormGrid.create();
        int row = 0;
        grid.addRow(row++, new Label("Server"), text("mailHost", model.hostProperty(), "imap.example.com"));
        ComboBox<MailAccount.Tls> tls = new ComboBox<>();
        tls.setId("mailTls");
        tls.getItems().setAll(MailAccount.Tls.values());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(MailAccount.Tls mode) {
                return mode == null ? "" : switch (mode) {
                    case IMPLICIT -> "TLS";
                    case STARTTLS -> "STARTTLS";
                    case NONE -> "None: only for a server on a network you trust";
                };
            }

            @Override
            public MailAccount.Tls fromString(String text) {
                return null;
            }
        });
        tls.valueProperty().bindBidirectional(model.tlsProperty());
        grid.addRow(row++, new Label("Security"), tls);
        grid.addRow(row++, new Label("Port"), text("mailPort", model.portProperty(), "993"));
        grid.addRow(row++, new Label("User name"), text("mailUser", model.userProperty(), "you@company.example"));
        PasswordField password = new PasswordField();
        password.setId("mailPassword");
        password.setPromptText("needed for the first sync, and whenever it is not kept");
        password.textProperty().bindBidirectional(model.passwordProperty());
        grid.addRow(row++, new Label("Password"), password);
        CheckBox remember = new CheckBox("Keep the password in this computer's credential store");
        remember.setId("mailRemember");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        grid.add(remember, 1, row++);
        grid.addRow(row++, new Label("Inbox folder"), text("mailInbox", model.inboxFolderProperty(), "INBOX"));
        grid.addRow(row++, new Label("Sent folder"), text("mailSent", model.sentFolderProperty(),
                "found by the server's \\Sent mark, or Sent, Sent Items, Sent Messages"));
        ComboBox<Integer> every = new ComboBox<>();
        every.setId("mailEvery");
        every.getItems().setAll(0, 5, 15, 30, 60);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null || minutes == 0 ? "Only when I ask" : "Every " + minutes + " minutes";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        every.valueProperty().bindBidirectional(model.everyMinutesProperty().asObject());
        grid.addRow(row, new Label("Sync"), every);

        Button syncNow = new Button("Save and sync now");
        syncNow.setId("mailSyncNow");
        syncNow.getStyleClass().add(Styles.ACCENT);
        syncNow.disableProperty().bind(model.syncingProperty().or(Bindings.isEmpty(model.hostProperty())));
        syncNow.setOnAction(e -> model.saveAndSync());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.syncingProperty());
        Label status = new Label();
        status.setId("mailStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(12, syncNow, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(14, grid, actions, status);
        box.setPadding(new Insets(12, 16, 0, 16));
        box.setPrefWidth(620);
        getDialogPane().setContent(box);
        getDialogPane().setMinWidth(660);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
