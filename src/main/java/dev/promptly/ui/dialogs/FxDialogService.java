package dev.promptly.ui.dialogs;

import dev.promptly.common.LocalDates;
import dev.promptly.people.Rep;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.NewItemForm;
import dev.promptly.ui.help.PageAddressAlert;
import dev.promptly.ui.help.SystemBrowser;
import dev.promptly.ui.imports.ImportDialog;
import dev.promptly.ui.imports.ImportViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    /** How dates are typed and shown in the dialogs: the user's format locale unless a test says otherwise. */
    private final LocalDates dates;
    /** The folder the user last opened or saved in, offered again within this run. */
    private File lastFolder;

    /** The system's browser; null where there is none (the tests' windows). */
    private final SystemBrowser browser;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, LocalDates.ofDefault(), null);
    }

    public FxDialogService(Supplier<Window> owner, LocalDates dates) {
        this(owner, dates, null);
    }

    public FxDialogService(Supplier<Window> owner, SystemBrowser browser) {
        this(owner, LocalDates.ofDefault(), browser);
    }

    public FxDialogService(Supplier<Window> owner, LocalDates dates, SystemBrowser browser) {
        this.owner = owner;
        this.dates = dates;
        this.browser = browser;
    }

    private <T> Optional<T> show(Dialog<T> dialog) {
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public Optional<AttemptAnswer> chooseOutcome(String item) {
        return show(new OutcomeDialog(item, null));
    }

    @Override
    public Optional<String> askNote(String item) {
        return show(new NoteDialog(item, null));
    }

    @Override
    public Optional<String> askNote(String item, String typed) {
        return show(new NoteDialog(item, typed));
    }

    @Override
    public Optional<AttemptAnswer> chooseOutcome(String item, AttemptAnswer before) {
        return show(new OutcomeDialog(item, before));
    }

    @Override
    public Optional<dev.promptly.items.ItemChanges> askEdit(dev.promptly.ui.EditForm form) {
        return show(new EditDialog(form, null, dates));
    }

    @Override
    public Optional<dev.promptly.items.ItemChanges> askEdit(dev.promptly.ui.EditForm form,
                                                           dev.promptly.items.ItemChanges typed) {
        return show(new EditDialog(form, typed, dates));
    }

    @Override
    public Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now) {
        return show(new DelayDialog(item, currentDue, zone, now, null, dates));
    }

    @Override
    public Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now,
                                          DelayAnswer before) {
        return show(new DelayDialog(item, currentDue, zone, now, before, dates));
    }

    @Override
    public Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues) {
        return askEscalation(item, colleagues, null);
    }

    @Override
    public Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues,
                                                    EscalationAnswer before) {
        return show(new EscalationDialog("Escalate", "Hand the " + item
                + " to a colleague who can solve it. It keeps its received and due times.", colleagues, before));
    }

    @Override
    public Optional<EscalationAnswer> askReassignment(int count, List<dev.promptly.board.Colleague> reps) {
        return show(new EscalationDialog("Reassign", "Move " + count + (count == 1 ? " item" : " items")
                + " to another rep. They keep their received and due times.", reps, null));
    }

    @Override
    public Optional<NewItemForm.Values> askNewItem(NewItemForm form) {
        return show(new NewItemDialog(form, dates));
    }

    @Override
    public Optional<NewItemForm.Values> askNewItemAgain(NewItemForm form) {
        return askNewItem(form); // the form keeps what was typed; the dialog shows it
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " files", "*." + extension));
        startIn(chooser);
        File chosen = remember(chooser.showSaveDialog(owner.get()));
        if (chosen == null) {
            return Optional.empty();
        }
        // Some desktops return the name as typed; the file should still open in the program its kind belongs to.
        String name = chosen.getName();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(kind, java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser);
        return Optional.ofNullable(remember(chooser.showOpenDialog(owner.get()))).map(File::toPath);
    }

    /** Opens where the user last opened or saved a file in this run, else in their home folder. */
    private void startIn(FileChooser chooser) {
        File folder = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
    }

    private File remember(File chosen) {
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
        }
        return chosen;
    }

    @Override
    public void showImport(ImportViewModel importing) {
        show(new ImportDialog(importing));
    }

    @Override
    public Optional<char[]> askPassword(String account) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Mailbox password");
        dialog.setHeaderText("The password for " + account);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("askedPassword");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return show(dialog);
    }

    @Override
    public void showConnect(dev.promptly.ui.shell.ConnectViewModel connecting) {
        show(new dev.promptly.ui.shell.ConnectDialog(connecting));
    }

    @Override
    public void showMailbox(dev.promptly.ui.mail.MailboxViewModel mailbox) {
        show(new dev.promptly.ui.mail.MailboxDialog(mailbox));
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.WARNING, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).show();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        return alert;
    }

    @Override
    public boolean openInBrowser(Path page) {
        return browser != null && browser.open(page.toUri());
    }

    @Override
    public void showDocument(Path page) {
        PageAddressAlert alert = new PageAddressAlert(page);
        alert.initOwner(owner.get());
        alert.show();
    }

    @Override
    public void showAbout(dev.promptly.ui.help.About about) {
        dev.promptly.ui.help.AboutDialog dialog = new dev.promptly.ui.help.AboutDialog(about);
        dialog.initOwner(owner.get());
        dialog.show();
    }
}
