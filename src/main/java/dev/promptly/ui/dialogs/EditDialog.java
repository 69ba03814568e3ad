package dev.promptly.ui.dialogs;

import dev.promptly.common.LocalDates;
import dev.promptly.common.TextLimit;
import dev.promptly.items.ItemChanges;
import dev.promptly.ui.DateField;
import dev.promptly.ui.EditForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * "Edit": the item's subject, its due time (commitments and follow-ups not yet overdue) and its customer's name and
 * contact details. Every change is recorded in the history with its old and new value.
 */
final class EditDialog extends Dialog<ItemChanges> {

    private final EditForm form;
    private final TextField subject = new TextField();
    private final DateField dueDate;
    private final TextField dueTime = new TextField();
    private final TextField customer = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField company = new TextField();
    private final LocalDate shownDate;
    private final String shownTime;

    /** @param typed the changes asked for before, that could not be written; null to start from {@code form} */
    EditDialog(EditForm form, ItemChanges typed, LocalDates dates) {
        this.form = form;
        this.dueDate = new DateField(dates);
        setTitle("Edit");
        setHeaderText("Edit the " + form.item() + ". Each change is kept in its history.");
        subject.setId("editSubject");
        subject.setText(text(form.subject()));
        subject.setPrefColumnCount(32);
        customer.setId("editCustomer");
        customer.setText(text(form.customerName()));
        phone.setId("editPhone");
        phone.setText(text(form.phone()));
        email.setId("editEmail");
        email.setText(text(form.email()));
        company.setId("editCompany");
        company.setText(text(form.company()));
        dueDate.setId("editDueDate");
        dueTime.setId("editDueTime");
        dueTime.setPrefColumnCount(5);
        shownDate = form.due() == null ? null : form.due().atZone(form.zone()).toLocalDate();
        shownTime = form.due() == null ? null : form.due().atZone(form.zone()).toLocalTime().withSecond(0).withNano(0)
                .toString();
        dueDate.setValue(shownDate);
        dueTime.setText(shownTime);
        if (typed != null) {
            fillIn(typed);
        }

        GridPane grid = Forms.grid();
        List<Runnable> checks = new ArrayList<>();
        int row = 0;
        Label subjectError = Forms.field(grid, row++, "_Subject", subject, "editSubjectError");
        checks.add(() -> subjectError.setText(TextLimit.SUBJECT.fieldProblem(subject.getText())));
        if (form.due() != null) {
            Label dueError = Forms.field(grid, row++, "_Due date", dueDate, "editDueError");
            Forms.field(grid, row++, "Due _time (" + form.zone().getId() + ")", dueTime, "editDueTimeError");
            checks.add(() -> dueError.setText(dueProblem()));
        }
        Label customerError = Forms.field(grid, row++, "_Customer", customer, "editCustomerError");
        checks.add(() -> customerError.setText(customer.getText().isBlank() ? "The customer needs a name."
                : TextLimit.CUSTOMER_NAME.fieldProblem(customer.getText())));
        Label phoneError = Forms.field(grid, row++, "_Phone", phone, "editPhoneError");
        checks.add(() -> phoneError.setText(TextLimit.PHONE.fieldProblem(phone.getText())));
        Label emailError = Forms.field(grid, row++, "_Email", email, "editEmailError");
        checks.add(() -> emailError.setText(TextLimit.EMAIL.fieldProblem(email.getText())));
        Label companyError = Forms.field(grid, row, "Co_mpany", company, "editCompanyError");
        checks.add(() -> companyError.setText(TextLimit.COMPANY.fieldProblem(company.getText())));
        List<Label> errors = List.of(subjectError, customerError, phoneError, emailError, companyError);
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            checks.forEach(Runnable::run);
            return errors.stream().allMatch(e -> e.getText().isEmpty()) && (form.due() == null || dueProblem().isEmpty());
        });
        Forms.keyboard(this, subject);
        setResultConverter(button -> button == ButtonType.OK ? changes() : null);
    }

    /** What the user typed before, over the item as it is now; the due time only where it may still be edited. */
    private void fillIn(ItemChanges typed) {
        subject.setText(text(typed.subject()));
        customer.setText(text(typed.customerName()));
        phone.setText(text(typed.phone()));
        email.setText(text(typed.email()));
        company.setText(text(typed.company()));
        if (typed.due() != null && form.due() != null) {
            dueDate.setValue(typed.due().atZone(form.zone()).toLocalDate());
            dueTime.setText(typed.due().atZone(form.zone()).toLocalTime().withSecond(0).withNano(0).toString());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private ItemChanges changes() {
        return new ItemChanges(subject.getText(), dueChanged() ? due() : null, customer.getText(), phone.getText(),
                email.getText(), company.getText());
    }

    /** Left as shown, the due time stays exactly as stored (seconds included). */
    private boolean dueChanged() {
        return form.due() != null
                && !(dueDate.date().equals(Optional.of(shownDate)) && shownTime.equals(dueTime.getText().strip()));
    }

    private String dueProblem() {
        if (!dueChanged()) {
            return "";
        }
        if (!dueDate.problem().isEmpty()) {
            return dueDate.problem();
        }
        if (dueDate.isBlank()) {
            return "Pick the day it is due.";
        }
        if (LocalDates.parseTime(dueTime.getText()).isEmpty()) {
            return LocalDates.timeHint();
        }
        return due().isAfter(form.now()) ? "" : "The new due time must be later than now.";
    }

    private Instant due() {
        return dueDate.date().orElseThrow().atTime(LocalDates.time(dueTime.getText())).atZone(form.zone()).toInstant();
    }
}
