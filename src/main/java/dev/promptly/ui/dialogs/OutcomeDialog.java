package dev.promptly.ui.dialogs;

import dev.promptly.common.TextLimit;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.ui.DialogService.AttemptAnswer;
import dev.promptly.ui.OutcomeWords;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "How did the call go?" One choice per outcome (reached is the default) and, optionally, what was said. The note
 * is one line, so that Return logs the attempt from anywhere in the dialog.
 */
final class OutcomeDialog extends Dialog<AttemptAnswer> {

    /** @param before the answer given before, that could not be written; null for a new attempt */
    OutcomeDialog(String item, AttemptAnswer before) {
        setTitle("Log a call attempt");
        setHeaderText("How did the call go? (" + item + ")");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            RadioButton choice = new RadioButton(OutcomeWords.of(outcome));
            choice.setId("outcome-" + outcome.label());
            choice.setUserData(outcome);
            choice.setToggleGroup(group);
            choice.setSelected(outcome == (before == null ? AttemptOutcome.REACHED : before.outcome()));
            choices.getChildren().add(choice);
        }
        TextField note = new TextField();
        note.setId("attemptNote");
        note.setPromptText("What was said (optional)");
        note.setPrefColumnCount(28);
        if (before != null && before.note() != null) {
            note.setText(before.note());
        }
        GridPane grid = Forms.grid();
        grid.add(choices, 0, 0, 2, 1);
        Label noteError = Forms.field(grid, 1, "_Note", note, "attemptNoteError");
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            noteError.setText(TextLimit.NOTE.fieldProblem(note.getText()));
            return noteError.getText().isEmpty();
        });
        Forms.keyboard(this, (RadioButton) group.getSelectedToggle());
        setResultConverter(button -> button == ButtonType.OK
                ? new AttemptAnswer((AttemptOutcome) group.getSelectedToggle().getUserData(),
                        note.getText().isBlank() ? null : note.getText().strip())
                : null);
    }
}
