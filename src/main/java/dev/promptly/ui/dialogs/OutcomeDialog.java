package dev.promptly.ui.dialogs;

import dev.promptly.items.AttemptOutcome;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** "How did the call go?" One choice per outcome; reached is the default. */
final class OutcomeDialog extends Dialog<AttemptOutcome> {

    OutcomeDialog(String item) {
        setTitle("Log a call attempt");
        setHeaderText("How did the call go? (" + item + ")");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            RadioButton choice = new RadioButton(text(outcome));
            choice.setId("outcome-" + outcome.label());
            choice.setUserData(outcome);
            choice.setToggleGroup(group);
            choice.setSelected(outcome == AttemptOutcome.REACHED);
            choices.getChildren().add(choice);
        }
        getDialogPane().setContent(choices);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("okButton");
        Forms.keyboard(this, (RadioButton) group.getSelectedToggle());
        setResultConverter(button -> button == ButtonType.OK
                ? (AttemptOutcome) group.getSelectedToggle().getUserData() : null);
    }

    private static String text(AttemptOutcome outcome) {
        return switch (outcome) {
            case REACHED -> "Reached the customer";
            case VOICEMAIL -> "Left a voicemail";
            case NO_ANSWER -> "No answer";
            case BUSY -> "Busy";
            case WRONG_NUMBER -> "Wrong number";
        };
    }
}
