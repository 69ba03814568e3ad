package dev.promptly.ui.dialogs;

import dev.promptly.common.TextLimit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** "Add a note": free text kept in the item's history, changing nothing else. Ctrl+Return adds it. */
final class NoteDialog extends Dialog<String> {

    /** @param typed what the user wrote before, that could not be written; null for an empty note */
    NoteDialog(String item, String typed) {
        setTitle("Add a note");
        setHeaderText("A note on the " + item + ", kept in its history.");
        TextArea note = Forms.note(new TextArea());
        note.setId("noteText");
        note.setPromptText("What happened, what to remember");
        note.setPrefRowCount(4);
        note.setPrefColumnCount(36);
        note.setWrapText(true);
        if (typed != null) {
            note.setText(typed);
            note.positionCaret(typed.length());
        }
        GridPane grid = Forms.grid();
        Label error = Forms.field(grid, 0, "_Note", note, "noteTextError");
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            error.setText(note.getText().isBlank() ? "Write the note." : TextLimit.NOTE.fieldProblem(note.getText()));
            return error.getText().isEmpty();
        });
        Forms.keyboard(this, note);
        setResultConverter(button -> button == ButtonType.OK ? note.getText().strip() : null);
    }
}
