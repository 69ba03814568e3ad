package dev.promptly.ui.dialogs;

import dev.promptly.common.TextLimit;
import dev.promptly.people.Rep;
import dev.promptly.ui.DialogService.EscalationAnswer;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Hand items to someone else (an escalation, a lead's reassignment): to whom, and why (required). */
final class EscalationDialog extends Dialog<EscalationAnswer> {

    EscalationDialog(String title, String header, List<Rep> colleagues) {
        setTitle(title);
        setHeaderText(header);
        ComboBox<Rep> to = new ComboBox<>();
        to.setId("escalateTo");
        to.getItems().setAll(colleagues);
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(Rep rep) {
                return rep == null ? "" : rep.name() + " <" + rep.email() + ">";
            }

            @Override
            public Rep fromString(String text) {
                return null;
            }
        });
        TextField reason = new TextField();
        reason.setId("escalateReason");
        reason.setPromptText("Why they can solve it");
        reason.setPrefColumnCount(30);
        GridPane grid = Forms.grid();
        Label toError = Forms.field(grid, 0, "_Colleague", to, "escalateToError");
        Label reasonError = Forms.field(grid, 1, "_Reason", reason, "escalateReasonError");
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            toError.setText(to.getValue() == null ? "Pick the colleague." : "");
            reasonError.setText(reason.getText().isBlank() ? "A reason is required."
                    : TextLimit.REASON.fieldProblem(reason.getText()));
            return to.getValue() != null && reasonError.getText().isEmpty();
        });
        Forms.keyboard(this, to);
        setResultConverter(button -> button == ButtonType.OK
                ? new EscalationAnswer(to.getValue(), reason.getText().strip()) : null);
    }
}
