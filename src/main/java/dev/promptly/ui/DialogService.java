package dev.promptly.ui;

import dev.promptly.items.AttemptOutcome;
import dev.promptly.people.Rep;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user, behind one interface so that view models can be tested without windows.
 * Each method returns empty when the user cancels.
 */
public interface DialogService {

    /** What a rep enters to tell a customer it will take longer. */
    record DelayAnswer(Instant until, String note) {
    }

    /** Who to escalate to, and why. */
    record EscalationAnswer(Rep to, String reason) {
    }

    /** How a call went, and what was said (null when nothing was written). */
    record AttemptAnswer(AttemptOutcome outcome, String note) {
    }

    Optional<AttemptAnswer> chooseOutcome(String item);

    /** A note to add to {@code item}'s history. */
    Optional<String> askNote(String item);

    /**
     * The note dialog again, {@code typed} filled in: what the user wrote could not be written (the server out of
     * reach, the item changed meanwhile), so they may send it once more. Test doubles that do not show dialogs decline.
     */
    default Optional<String> askNote(String item, String typed) {
        return Optional.empty();
    }

    /** The attempt dialog again, as {@code before} was answered; see {@link #askNote(String, String)}. */
    default Optional<AttemptAnswer> chooseOutcome(String item, AttemptAnswer before) {
        return Optional.empty();
    }

    /** The item's subject, due time and customer's details as the user left them in the form. */
    Optional<dev.promptly.items.ItemChanges> askEdit(EditForm form);

    /** The edit dialog again, {@code typed} filled in over {@code form}; see {@link #askNote(String, String)}. */
    default Optional<dev.promptly.items.ItemChanges> askEdit(EditForm form, dev.promptly.items.ItemChanges typed) {
        return Optional.empty();
    }

    Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now);

    /** The delay dialog again, as {@code before} was answered; see {@link #askNote(String, String)}. */
    default Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now,
                                           DelayAnswer before) {
        return Optional.empty();
    }

    /** Who to hand the item to, from {@code colleagues} in team order (see {@link dev.promptly.board.Colleagues}). */
    Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues);

    /** The escalation dialog again, as {@code before} was answered; see {@link #askNote(String, String)}. */
    default Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues,
                                                     EscalationAnswer before) {
        return Optional.empty();
    }

    /** A lead moving {@code count} items: to whom (from {@code reps}, in team order), and why. */
    Optional<EscalationAnswer> askReassignment(int count, List<dev.promptly.board.Colleague> reps);

    Optional<NewItemForm.Values> askNewItem(NewItemForm form);

    /** The new-item dialog again, {@code form} as the user left it; see {@link #askNote(String, String)}. */
    default Optional<NewItemForm.Values> askNewItemAgain(NewItemForm form) {
        return Optional.empty();
    }

    /**
     * Where to save a file: {@code suggestedName} to start with, files of {@code kind} (such as "PDF") with
     * {@code extension}; empty when the user cancels.
     */
    Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String kind, String extension);

    /** A file to open, of {@code kind} (such as "CSV") with one of {@code extensions}; empty when cancelled. */
    Optional<java.nio.file.Path> chooseOpenFile(String title, String kind, String... extensions);

    /** The import of a chosen file: its options, a preview of what it makes, and the import itself. */
    void showImport(dev.promptly.ui.imports.ImportViewModel importing);

    /** The password of a mailbox ({@code account}: "anna@example.com at imap.example.com"); empty when cancelled. */
    Optional<char[]> askPassword(String account);

    /** The rep's mailbox: where it is, and syncing it. */
    void showMailbox(dev.promptly.ui.mail.MailboxViewModel mailbox);

    /** File > Connect to team server…: the server's URL and password; closes once the window shows that store. */
    void showConnect(dev.promptly.ui.shell.ConnectViewModel connecting);

    void showError(String title, String message);

    /** Says that something the user asked for is done ("Backed up"). Does nothing by default, for test doubles. */
    default void showInfo(String title, String message) {
    }

    /**
     * Hands a page the application wrote (the user guide) to the system's browser; false when there is none. Called
     * off the JavaFX thread (it may wait for the system's opener). False by default, for test doubles.
     */
    default boolean openInBrowser(java.nio.file.Path page) {
        return false;
    }

    /**
     * Tells the user where a page the application wrote is, when no browser could show it. Does nothing by default,
     * for test doubles that do not show documents.
     */
    default void showDocument(java.nio.file.Path page) {
    }

    /** "About Promptly". Does nothing by default, for test doubles that do not show it. */
    default void showAbout(dev.promptly.ui.help.About about) {
    }
}
