package dev.promptly.ui;

/**
 * Keys that work inside a control rather than across the window, so they are no {@link Shortcut}: listed in the
 * help overlay after the shortcuts, from here, so that the list stays whole.
 */
public enum KeyHint {
    ROW_MENU("Shift+F10", "Open the selected row's menu (the menu key too)"),
    ESCAPE("Esc", "Empty the search; close a dialog, changing nothing"),
    DOWN_IN_SEARCH("Down", "In the search: go to the rows it found"),
    RETURN("Enter", "In a dialog: confirm, from any field"),
    RETURN_IN_PEOPLE("Enter", "In \"Who are you?\": this is me"),
    CTRL_RETURN_IN_NOTE("Ctrl+Enter", "In a note: confirm (there Enter starts a new line)"),
    TAB("Tab", "Next field or button (Shift+Tab: back), out of a note too"),
    CTRL_TAB_IN_NOTE("Ctrl+Tab", "In a note: type a tab"),
    MNEMONIC("Alt+letter", "Press the button whose letter is underlined");

    private final String keys;
    private final String description;

    KeyHint(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    public String keys() {
        return keys;
    }

    public String description() {
        return description;
    }
}
