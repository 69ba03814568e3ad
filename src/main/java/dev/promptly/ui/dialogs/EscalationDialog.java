package dev.promptly.ui.dialogs;

import dev.promptly.board.Colleague;
import dev.promptly.common.TextLimit;
import dev.promptly.ui.DialogService.EscalationAnswer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Hand items to someone else (an escalation, a lead's reassignment): to whom, and why (required). The colleagues
 * come grouped under their team's name, each with how many open and overdue items they hold, so the lead picks
 * someone with room.
 */
final class EscalationDialog extends Dialog<EscalationAnswer> {

    /** @param before the answer given before, that could not be written; null for a new hand-over */
    EscalationDialog(String title, String header, List<Colleague> colleagues, EscalationAnswer before) {
        setTitle(title);
        setHeaderText(header);
        ComboBox<ColleagueChoice> to = new ComboBox<>();
        to.setId("escalateTo");
        to.getItems().setAll(ColleagueChoice.grouped(colleagues));
        to.setCellFactory(list -> new ColleagueChoice.Cell(false));
        to.setButtonCell(new ColleagueChoice.Cell(true));
        to.setVisibleRowCount(12);
        // A team's heading is not someone to pick: choosing it (by keys) moves on to its first person.
        to.valueProperty().addListener((o, was, choice) -> {
            if (choice != null && choice.colleague() == null) {
                int next = to.getItems().indexOf(choice) + 1;
                to.setValue(next < to.getItems().size() ? to.getItems().get(next) : was);
            }
        });
        TextField reason = new TextField();
        reason.setId("escalateReason");
        reason.setPromptText("Why they can solve it");
        reason.setPrefColumnCount(30);
        if (before != null) {
            to.getItems().stream().filter(choice -> choice.colleague() != null
                    && choice.colleague().rep().id() == before.to().id()).findFirst().ifPresent(to::setValue);
            reason.setText(before.reason());
        }
        GridPane grid = Forms.grid();
        Label toError = Forms.field(grid, 0, "_Colleague", to, "escalateToError");
        Label reasonError = Forms.field(grid, 1, "_Reason", reason, "escalateReasonError");
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            boolean picked = to.getValue() != null && to.getValue().colleague() != null;
            toError.setText(picked ? "" : "Pick the colleague.");
            reasonError.setText(reason.getText().isBlank() ? "A reason is required."
                    : TextLimit.REASON.fieldProblem(reason.getText()));
            return picked && reasonError.getText().isEmpty();
        });
        Forms.keyboard(this, to);
        setResultConverter(button -> button == ButtonType.OK && to.getValue() != null
                && to.getValue().colleague() != null
                ? new EscalationAnswer(to.getValue().colleague().rep(), reason.getText().strip()) : null);
    }

    /** A line of the list: a team's heading (no colleague) or a colleague under it. */
    record ColleagueChoice(String team, Colleague colleague) {

        /** Headings before each team's people; the colleagues come grouped by team already, in the order to show. */
        static List<ColleagueChoice> grouped(List<Colleague> colleagues) {
            List<ColleagueChoice> lines = new ArrayList<>();
            String team = null;
            for (Colleague colleague : colleagues) {
                if (!colleague.team().equals(team)) {
                    team = colleague.team();
                    lines.add(new ColleagueChoice(team, null));
                }
                lines.add(new ColleagueChoice(team, colleague));
            }
            return lines;
        }

        String text() {
            if (colleague == null) {
                return team;
            }
            String load = colleague.load();
            return colleague.rep().name() + " <" + colleague.rep().email() + ">" + (load.isEmpty() ? "" : " · " + load);
        }

        /** On the closed box: "Ben Okafor (North) · 3 open, 1 overdue". */
        String chosenText() {
            if (colleague == null) {
                return "";
            }
            String load = colleague.load();
            return colleague.rep().name() + " (" + team + ")" + (load.isEmpty() ? "" : " · " + load);
        }

        static final class Cell extends javafx.scene.control.ListCell<ColleagueChoice> {

            /** True for the closed box, which shows the chosen person with their team. */
            private final boolean button;

            Cell(boolean button) {
                this.button = button;
            }

            @Override
            protected void updateItem(ColleagueChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                getStyleClass().remove("colleague-team");
                setDisable(false);
                if (empty || choice == null) {
                    setText(null);
                    return;
                }
                setText(choice.colleague() == null ? choice.team() : button ? choice.chosenText() : choice.text());
                if (choice.colleague() == null) {
                    getStyleClass().add("colleague-team");
                    setStyle("-fx-font-weight: bold;");
                    setDisable(true);
                } else {
                    setStyle(button ? null : "-fx-padding: 0.25em 0.75em 0.25em 1.75em;"); // under its team
                }
            }
        }
    }
}
