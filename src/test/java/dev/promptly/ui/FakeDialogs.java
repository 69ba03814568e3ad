package dev.promptly.ui;

import dev.promptly.items.AttemptOutcome;
import dev.promptly.people.Rep;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers the app's questions as a test tells it to, and remembers the errors it was shown. */
public final class FakeDialogs implements DialogService {

    public AttemptOutcome outcome;
    /** What was said on the call, with {@link #outcome}. */
    public String attemptNote;
    /** The note "Add a note" answers; null cancels. */
    public String note;
    /** The changes "Edit" answers, from the form it was shown; null cancels. */
    public Function<EditForm, dev.promptly.items.ItemChanges> edit;
    public DelayAnswer delay;
    public Function<List<dev.promptly.board.Colleague>, EscalationAnswer> escalation;
    public Function<NewItemForm, NewItemForm.Values> newItem;
    public final List<String> errors = new ArrayList<>();
    /** Where "save as" answers; null cancels. */
    public java.nio.file.Path saveAs;
    /** The file "open" answers; null cancels. */
    public java.nio.file.Path open;
    /** What "password?" answers; null cancels. */
    public String password;
    /** The team-server connections the app asked for. */
    public final List<dev.promptly.ui.shell.ConnectViewModel> connects = new ArrayList<>();
    /** The mailboxes the app asked to show. */
    public final List<dev.promptly.ui.mail.MailboxViewModel> mailboxes = new ArrayList<>();
    /** The imports the app asked to show. */
    public final List<dev.promptly.ui.imports.ImportViewModel> imports = new ArrayList<>();
    /** What the app said was done: "title: message". */
    public final List<String> infos = new ArrayList<>();

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    /** Whether the system's browser takes the pages it is handed. */
    public boolean browserTakesPages;
    /** The pages handed to the browser, and those the user was told where to find. */
    public final List<java.nio.file.Path> handedToBrowser = new ArrayList<>();
    public final List<java.nio.file.Path> toldWhere = new ArrayList<>();

    @Override
    public boolean openInBrowser(java.nio.file.Path page) {
        handedToBrowser.add(page);
        return browserTakesPages;
    }

    @Override
    public void showDocument(java.nio.file.Path page) {
        toldWhere.add(page);
    }

    @Override
    public Optional<AttemptAnswer> chooseOutcome(String item) {
        return Optional.ofNullable(outcome).map(o -> new AttemptAnswer(o, attemptNote));
    }

    @Override
    public Optional<String> askNote(String item) {
        return Optional.ofNullable(note);
    }

    @Override
    public Optional<dev.promptly.items.ItemChanges> askEdit(EditForm form) {
        return edit == null ? Optional.empty() : Optional.ofNullable(edit.apply(form));
    }

    @Override
    public Optional<DelayAnswer> askDelay(String item, Instant currentDue, ZoneId zone, Instant now) {
        return Optional.ofNullable(delay);
    }

    @Override
    public Optional<EscalationAnswer> askEscalation(String item, List<dev.promptly.board.Colleague> colleagues) {
        return escalation == null ? Optional.empty() : Optional.ofNullable(escalation.apply(colleagues));
    }

    @Override
    public Optional<EscalationAnswer> askReassignment(int count, List<dev.promptly.board.Colleague> reps) {
        return escalation == null ? Optional.empty() : Optional.ofNullable(escalation.apply(reps));
    }

    @Override
    public Optional<NewItemForm.Values> askNewItem(NewItemForm form) {
        return newItem == null ? Optional.empty() : Optional.ofNullable(newItem.apply(form));
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String kind,
                                                       String extension) {
        return Optional.ofNullable(saveAs);
    }

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String kind, String... extensions) {
        return Optional.ofNullable(open);
    }

    @Override
    public void showImport(dev.promptly.ui.imports.ImportViewModel importing) {
        imports.add(importing);
    }

    @Override
    public Optional<char[]> askPassword(String account) {
        return Optional.ofNullable(password).map(String::toCharArray);
    }

    @Override
    public void showConnect(dev.promptly.ui.shell.ConnectViewModel connecting) {
        connects.add(connecting);
    }

    @Override
    public void showMailbox(dev.promptly.ui.mail.MailboxViewModel mailbox) {
        mailboxes.add(mailbox);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }
}
