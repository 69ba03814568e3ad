package dev.promptly.ui.shell;

import dev.promptly.StoreLocation;
import dev.promptly.ui.Shortcut;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.WindowEvent;

/** File: the imports, the mailbox, which store, and quitting. Calls need reps to be for, so a store with a team. */
final class FileMenu {

    private FileMenu() {
    }

    /** @param window the node whose window Quit closes */
    static Node create(ShellViewModel model, Node window) {
        MenuItem calls = new MenuItem("Import calls from the phone system…");
        calls.setId("importCallsMenu");
        calls.setOnAction(e -> model.files().calls());
        MenuItem items = new MenuItem("Import items from a spreadsheet (CSV)…");
        items.setId("importItemsMenu");
        items.setOnAction(e -> model.files().items());
        BooleanBinding noTeam = Bindings.createBooleanBinding(
                () -> switch (model.screenProperty().get()) {
                    case OPENING, WELCOME, FAILED -> true;
                    default -> false;
                }, model.screenProperty());
        calls.disableProperty().bind(noTeam);
        // A spreadsheet can bring its reps in a new team, so it can start an empty store.
        items.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.screenProperty().get() == ShellViewModel.Screen.OPENING
                        || model.screenProperty().get() == ShellViewModel.Screen.FAILED, model.screenProperty()));
        MenuItem mailboxFile = new MenuItem("Import your mailbox file (mbox)…");
        mailboxFile.setId("importMailboxMenu");
        mailboxFile.setOnAction(e -> model.files().mailbox());
        mailboxFile.disableProperty().bind(model.currentRepProperty().isNull());
        MenuItem mailbox = new MenuItem("Mailbox…");
        mailbox.setId("mailboxMenu");
        mailbox.setOnAction(e -> model.files().openMailbox());
        MenuItem syncMail = new MenuItem("Sync mailbox now");
        syncMail.setId("syncMailMenu");
        syncMail.setAccelerator(Shortcut.SYNC_MAIL.keys());
        syncMail.setOnAction(e -> model.files().syncMailNow());
        BooleanBinding noRep = model.currentRepProperty().isNull();
        mailbox.disableProperty().bind(noRep);
        syncMail.disableProperty().bind(noRep);
        MenuItem connect = new MenuItem("Connect to team server…");
        connect.setId("connectServerMenu");
        connect.setOnAction(e -> model.connectToServer());
        connect.disableProperty().bind(model.switchingProperty());
        MenuItem local = new MenuItem("Use this computer only");
        local.setId("useThisComputerMenu");
        local.setOnAction(e -> model.useThisComputer());
        local.disableProperty().bind(model.switchingProperty().or(Bindings.createBooleanBinding(
                () -> model.locationProperty().get().equals(model.thisComputer()), model.locationProperty())));
        MenuItem backUp = new MenuItem("Back up this computer's store…");
        backUp.setId("backUpMenu");
        backUp.setOnAction(e -> model.files().backUp());
        // A team store is backed up on its server (pg_dump).
        backUp.disableProperty().bind(model.switchingProperty().or(Bindings.createBooleanBinding(
                () -> model.locationProperty().get() instanceof StoreLocation.Server, model.locationProperty())));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(Shortcut.QUIT.keys());
        // As if the window's close button were pressed, so the window's size and place are remembered.
        quit.setOnAction(e -> window.getScene().getWindow().fireEvent(new WindowEvent(window.getScene().getWindow(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("_File", null, calls, items, mailboxFile, new SeparatorMenuItem(), mailbox, syncMail,
                new SeparatorMenuItem(), connect, local, new SeparatorMenuItem(), backUp, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");
        MenuBar bar = new MenuBar(file);
        bar.getStyleClass().add("file-menu");
        return bar;
    }
}
