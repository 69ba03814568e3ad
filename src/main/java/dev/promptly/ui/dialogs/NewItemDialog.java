package dev.promptly.ui.dialogs;

import dev.promptly.common.LocalDates;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.ui.DateField;
import dev.promptly.ui.NewItemForm;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Add a callback, email, commitment or follow-up, with each problem shown next to its field. */
final class NewItemDialog extends Dialog<NewItemForm.Values> {

    NewItemDialog(NewItemForm form, LocalDates dates) {
        setTitle("Add an item");
        setHeaderText("What needs an answer? Times are in " + form.zone().getId() + ".");
        ChoiceBox<ItemKind> kind = new ChoiceBox<>();
        kind.setId("newKind");
        kind.getItems().setAll(ItemKind.values());
        kind.setConverter(converter());
        kind.valueProperty().bindBidirectional(form.kind);
        TextField customer = new TextField();
        customer.setId("newCustomer");
        customer.setPromptText("Name; a new customer is added");
        customer.textProperty().bindBidirectional(form.customer);
        TextField subject = new TextField();
        subject.setId("newSubject");
        subject.textProperty().bindBidirectional(form.subject);
        ChoiceBox<Priority> priority = new ChoiceBox<>();
        priority.setId("newPriority");
        priority.getItems().setAll(Priority.values());
        priority.setConverter(new StringConverter<>() {
            @Override
            public String toString(Priority p) {
                return p == null ? "" : switch (p) {
                    case CUSTOMER -> "Customer";
                    case COMPANY -> "Company";
                    case SELF -> "Self";
                };
            }

            @Override
            public Priority fromString(String text) {
                return null;
            }
        });
        priority.valueProperty().bindBidirectional(form.priority);
        DateField date = new DateField(dates);
        date.setId("newDueDate");
        date.valueProperty().bindBidirectional(form.dueDate);
        date.getEditor().textProperty().addListener((o, a, b) -> form.dueDateProblem.set(date.problem()));
        TextField time = new TextField();
        time.setId("newDueTime");
        time.setPromptText("HH:MM");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(form.dueTime);
        HBox due = new HBox(8, date, time);

        GridPane grid = Forms.grid();
        Forms.field(grid, 0, "_Kind", kind, "newKindError");
        Label customerError = Forms.field(grid, 1, "_Customer", customer, NewItemForm.CUSTOMER + "Error");
        Label subjectError = Forms.field(grid, 2, "_Subject", subject, "newSubjectError");
        Forms.field(grid, 3, "_Priority", priority, "newPriorityError");
        Label dueError = Forms.field(grid, 4, NewItemForm.dueLabel(form.kind.get()), due, NewItemForm.DUE + "Error");
        Label dueCaption = (Label) grid.getChildren().get(grid.getChildren().indexOf(due) - 1);
        form.kind.addListener((o, a, k) -> {
            dueCaption.setText(NewItemForm.dueLabel(k));
            due.setDisable(k == ItemKind.EMAIL);
        });
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            date.commitValue();
            Map<String, String> problems = form.problems();
            customerError.setText(problems.getOrDefault(NewItemForm.CUSTOMER, ""));
            subjectError.setText(problems.getOrDefault(NewItemForm.SUBJECT, ""));
            dueError.setText(problems.getOrDefault(NewItemForm.DUE, ""));
            return problems.isEmpty();
        });
        Forms.keyboard(this, customer);
        setResultConverter(button -> button == ButtonType.OK ? form.values() : null);
    }

    private static StringConverter<ItemKind> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(ItemKind kind) {
                return kind == null ? "" : Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1);
            }

            @Override
            public ItemKind fromString(String text) {
                return null;
            }
        };
    }
}
