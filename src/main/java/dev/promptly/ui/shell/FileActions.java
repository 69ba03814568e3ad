package dev.promptly.ui.shell;

import dev.promptly.AppContext;
import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Rep;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import dev.promptly.ui.imports.ImportViewModel;
import dev.promptly.ui.imports.Importers;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The File menu's work: each import asks for its file, then shows its import (from the welcome, the file's reps start
 * a team); a backup of the store; the rep's mailbox and syncing it now.
 */
public final class FileActions {

    private final DialogService dialogs;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Supplier<AppContext> store;
    private final Supplier<StoreScreens> screens;
    private final Supplier<Rep> user;
    private final BooleanSupplier onWelcome;
    private final Runnable showNewWork;

    /**
     * @param store       the store that is open; null until one is
     * @param user        who the user is; null until known
     * @param onWelcome   true while the welcome for an empty store is shown
     * @param showNewWork shows what an import brought in
     */
    FileActions(DialogService dialogs, Clock clock, TaskRunner tasks, Supplier<AppContext> store,
                Supplier<StoreScreens> screens, Supplier<Rep> user, BooleanSupplier onWelcome, Runnable showNewWork) {
        this.dialogs = dialogs;
        this.clock = clock;
        this.tasks = tasks;
        this.store = store;
        this.screens = screens;
        this.user = user;
        this.onWelcome = onWelcome;
        this.showNewWork = showNewWork;
    }

    /** Asks for a call-detail file from the phone system and shows its import. */
    public void calls() {
        start(ImportViewModel.Kind.CALLS, "Import calls from the phone system", "Call-detail files (Master.csv)",
                "csv");
    }

    /**
     * Asks for a spreadsheet's CSV and shows its import. On an empty store (from the welcome), the reps the file
     * names are added to a new team "Support", which the user can rename in the dialog.
     */
    public void items() {
        start(ImportViewModel.Kind.ITEMS, "Import items from a spreadsheet", "CSV files", "csv", "txt");
    }

    /** Asks for the user's mailbox file (mbox) and shows its import, as their mailbox. */
    public void mailbox() {
        if (user.get() != null) {
            start(ImportViewModel.Kind.MAILBOX, "Import your mailbox file", "Mailbox files (mbox)", "mbox", "mbx");
        }
    }

    /**
     * Copies this computer's store to a file the user names, in the background, as {@code promptly backup} does: the
     * file appears only once the copy is complete and checked, and never replaces one that is there.
     */
    public void backUp() {
        AppContext context = store.get();
        if (context == null) {
            return;
        }
        String suggested = "promptly-backup-" + LocalDate.now(clock) + ".db";
        dialogs.chooseSaveFile("Back up the store", suggested, "Promptly store", "db").ifPresent(file -> tasks.run(
                () -> {
                    if (Files.exists(file)) {
                        throw new InvalidInputException(file + " is already there, and a backup never replaces a "
                                + "file: choose a new name");
                    }
                    context.backUpTo(file);
                    return file;
                }, done -> dialogs.showInfo("Backed up", "The store was copied to " + done + " and the copy checked. "
                        + "Should the store ever be lost or damaged, put this copy in its place (see the user guide, "
                        + "\"Where your data lives\")."),
                failure -> dialogs.showError("The store was not backed up", failure.getMessage())));
    }

    /** The rep's mailbox: where it is, and syncing it. */
    public void openMailbox() {
        if (user.get() != null) {
            dialogs.showMailbox(screens.get().mailbox());
        }
    }

    /** Syncs the rep's mailbox now, asking for the password if it is not kept. */
    public void syncMailNow() {
        if (user.get() != null) {
            screens.get().mailbox().syncNow(true);
        }
    }

    private void start(ImportViewModel.Kind kind, String title, String fileKind, String... extensions) {
        AppContext context = store.get();
        if (context == null) {
            return;
        }
        dialogs.chooseOpenFile(title, fileKind, extensions).ifPresent(file -> {
            Rep rep = user.get();
            ImportViewModel importing = new ImportViewModel(kind, file, new Importers(context.cdrImport(),
                    context.csvImport(), context.mailImport()), rep == null ? null : rep.email(), clock.getZone(),
                    tasks, showNewWork);
            if (onWelcome.getAsBoolean()) {
                importing.createRepsProperty().set(true);
                importing.teamForNewRepsProperty().set("Support");
            }
            dialogs.showImport(importing);
        });
    }
}
