package dev.promptly.ui.dialogs;

import dev.promptly.common.LocalDates;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.ui.DateField;
import dev.promptly.ui.NewItemForm;
import java.util.Map;
import dev.promptly.people.Customer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
        customer.setPromptText("Name, company or phone; pick one or add a new customer");
        customer.textProperty().bindBidirectional(form.customer);
        VBox customerBox = new VBox(4, customer, suggestions(form, customer), chosenLine(form));
        HBox details = newCustomerDetails(form);
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
        DateField receivedDate = new DateField(dates);
        receivedDate.setId("newReceivedDate");
        receivedDate.setPromptText("today");
        receivedDate.valueProperty().bindBidirectional(form.receivedDate);
        receivedDate.getEditor().textProperty().addListener(
                (o, was, is) -> form.receivedDateProblem.set(receivedDate.problem()));
        TextField receivedTime = new TextField();
        receivedTime.setId("newReceivedTime");
        receivedTime.setPromptText("HH:MM");
        receivedTime.setPrefColumnCount(5);
        receivedTime.textProperty().bindBidirectional(form.receivedTime);
        HBox received = new HBox(8, receivedDate, receivedTime);

        GridPane grid = Forms.grid();
        Forms.field(grid, 0, "_Kind", kind, "newKindError");
        Label customerError = Forms.field(grid, 1, "_Customer", customerBox, NewItemForm.CUSTOMER + "Error");
        Forms.field(grid, 2, "New customer's", details, "newDetailsError");
        Label subjectError = Forms.field(grid, 3, "_Subject", subject, "newSubjectError");
        Forms.field(grid, 4, "_Priority", priority, "newPriorityError");
        Label dueError = Forms.field(grid, 5, NewItemForm.dueLabel(form.kind.get()), due, NewItemForm.DUE + "Error");
        Label receivedError = Forms.field(grid, 6, "Came _in at (if not now)", received,
                NewItemForm.RECEIVED + "Error");
        Label dueCaption = (Label) grid.getChildren().get(grid.getChildren().indexOf(due) - 1);
        form.kind.addListener((o, a, k) -> {
            dueCaption.setText(NewItemForm.dueLabel(k));
            due.setDisable(k == ItemKind.EMAIL);
        });
        getDialogPane().setContent(grid);
        // The suggestions come and go under the name: the dialog grows and shrinks with them.
        form.suggestions().addListener((javafx.collections.ListChangeListener<Customer>) change -> Forms.fitWindow(this));
        Forms.okOnlyWhen(this, () -> {
            date.commitValue();
            Map<String, String> problems = form.problems();
            customerError.setText(problems.getOrDefault(NewItemForm.CUSTOMER, ""));
            subjectError.setText(problems.getOrDefault(NewItemForm.SUBJECT, ""));
            dueError.setText(problems.getOrDefault(NewItemForm.DUE, ""));
            receivedError.setText(problems.getOrDefault(NewItemForm.RECEIVED, ""));
            return problems.isEmpty();
        });
        Forms.keyboard(this, customer);
        setResultConverter(button -> button == ButtonType.OK ? form.values() : null);
    }

    /**
     * Existing customers matching the name as it is typed, so that "Chia Santos" is picked rather than made again:
     * Down moves into them from the name, Return (or a click) picks one.
     */
    private static ListView<Customer> suggestions(NewItemForm form, TextField customer) {
        ListView<Customer> list = new ListView<>(form.suggestions());
        list.setId("customerSuggestions");
        list.setPrefHeight(120);
        list.setCellFactory(view -> {
            ListCell<Customer> cell = new ListCell<>() {
                @Override
                protected void updateItem(Customer c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : NewItemForm.describeOnTwoLines(c));
                }
            };
            return dev.promptly.ui.WrappedCells.wrapping(cell, view); // who, then how to reach them
        });
        list.visibleProperty().bind(Bindings.isNotEmpty(form.suggestions()));
        list.managedProperty().bind(list.visibleProperty());
        customer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                list.getFocusModel().focus(0);
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                form.choose(list.getSelectionModel().getSelectedItem());
                customer.requestFocus();
                customer.end();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                customer.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                form.choose(list.getSelectionModel().getSelectedItem());
                customer.requestFocus();
            }
        });
        return list;
    }

    /** Whose item it will be: the existing customer picked, or a new one. */
    private static Label chosenLine(NewItemForm form) {
        Label line = new Label();
        line.setId("chosenCustomer");
        line.textProperty().bind(Bindings.createStringBinding(() -> form.chosen.get() != null
                ? "Existing customer: " + NewItemForm.describe(form.chosen.get())
                : form.customer.get() == null || form.customer.get().isBlank() ? ""
                // "those above" only while suggestions are shown
                : form.suggestions().isEmpty() ? "A new customer"
                : "A new customer, unless one of those above is picked", form.chosen, form.customer,
                form.suggestions()));
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        return line;
    }

    /** Company, phone and email of a new customer, given right here; an existing customer keeps theirs. */
    private static HBox newCustomerDetails(NewItemForm form) {
        TextField company = detail("newCompany", "Company", form.company);
        TextField phone = detail("newPhone", "Phone", form.phone);
        TextField email = detail("newEmail", "Email", form.email);
        HBox details = new HBox(8, company, phone, email);
        details.disableProperty().bind(form.chosen.isNotNull());
        return details;
    }

    private static TextField detail(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        return field;
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
