package dev.promptly.ui;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut in one place: registered on the scene, shown in tooltips, menus and the help overlay. */
public enum Shortcut {
    NEW_ITEM("Shortcut+N", "Add a callback, email, commitment or follow-up"),
    LOG_ATTEMPT("Shortcut+L", "Log a call attempt"),
    MARK_REPLIED("Shortcut+R", "Mark the email replied"),
    COMPLETE("Shortcut+D", "Complete (done)"),
    TELL_CUSTOMER("Shortcut+T", "Tell the customer it will take longer"),
    ESCALATE("Shortcut+E", "Escalate to a colleague"),
    REOPEN("Shortcut+O", "Reopen a done item"),
    NOTE("Shortcut+M", "Add a note (memo) to the item"),
    EDIT("Shortcut+I", "Edit the subject, due time or customer's details"),
    UNDO("Shortcut+Z", "Undo the last action"),
    SEARCH("Shortcut+F", "Search name, company, email, phone or subject"),
    FIND_CUSTOMER("Shortcut+K", "Find any customer of the team, whoever has their items"),
    MY_QUEUE("Shortcut+1", "Show my queue"),
    TEAM_BOARD("Shortcut+2", "Show the team board"),
    REPORTS("Shortcut+3", "Show the weekly reports"),
    TEAM("Shortcut+4", "Show the team"),
    REFRESH("F5", "Reload the screen shown: the queue, the board, the summary or the team"),
    HELP("F1", "Show these shortcuts"),
    SYNC_MAIL("Shortcut+Shift+M", "Sync the mailbox now (File menu)"),
    QUIT("Shortcut+Q", "Quit Promptly (File menu)");

    private final KeyCombination keys;
    private final String description;

    Shortcut(String keys, String description) {
        this.keys = KeyCombination.keyCombination(keys);
        this.description = description;
    }

    public KeyCombination keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** The text for a tooltip: what it does and its keys, e.g. "Log a call attempt (Ctrl+L)". */
    public String tooltip() {
        return description + " (" + keys.getDisplayText() + ")";
    }
}
