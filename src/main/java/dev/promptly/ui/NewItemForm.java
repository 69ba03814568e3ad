package dev.promptly.ui;

import dev.promptly.common.LocalDates;
import dev.promptly.common.TextLimit;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.items.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of "add an item", with the checks that say what is wrong next to each field. Times are entered in
 * the rep's team zone. For a callback the date and time are optional: a time the customer asked to be called.
 */
public final class NewItemForm {

    public static final String CUSTOMER = "customer";
    public static final String SUBJECT = "subject";
    public static final String DUE = "due";

    /** What the form produces once valid. */
    public record Values(ItemKind kind, String customer, String subject, Priority priority, Instant due,
                         Instant requested) {
    }

    private final ZoneId zone;
    private final Instant now;
    public final ObjectProperty<ItemKind> kind = new SimpleObjectProperty<>(ItemKind.CALLBACK);
    public final StringProperty customer = new SimpleStringProperty("");
    public final StringProperty subject = new SimpleStringProperty("");
    public final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.CUSTOMER);
    public final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    public final StringProperty dueTime = new SimpleStringProperty("");
    /** Set by the date field when what is typed there is not a date: the sentence that says how to type one. */
    public final StringProperty dueDateProblem = new SimpleStringProperty("");

    public NewItemForm(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public ZoneId zone() {
        return zone;
    }

    /** What the date and time mean for the chosen kind. */
    public static String dueLabel(ItemKind kind) {
        return switch (kind) {
            case CALLBACK -> "Customer asked to be called at (optional)";
            case EMAIL -> "Due by the team's response target";
            case COMMITMENT, FOLLOW_UP -> "Due";
        };
    }

    /** Problems by field; empty when the form can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (customer.get() == null || customer.get().isBlank()) {
            problems.put(CUSTOMER, "Enter the customer's name.");
        } else if (!TextLimit.CUSTOMER_NAME.fieldProblem(customer.get()).isEmpty()) {
            problems.put(CUSTOMER, TextLimit.CUSTOMER_NAME.fieldProblem(customer.get()));
        }
        if (!TextLimit.SUBJECT.fieldProblem(subject.get()).isEmpty()) {
            problems.put(SUBJECT, TextLimit.SUBJECT.fieldProblem(subject.get()));
        }
        ItemKind k = kind.get();
        boolean needsDue = k == ItemKind.COMMITMENT || k == ItemKind.FOLLOW_UP;
        boolean hasTime = dueTime.get() != null && !dueTime.get().isBlank();
        if (k == ItemKind.EMAIL) {
            return problems;
        }
        if (dueDateProblem.get() != null && !dueDateProblem.get().isEmpty()) {
            problems.put(DUE, dueDateProblem.get());
            return problems;
        }
        if (dueDate.get() == null && (needsDue || hasTime)) {
            problems.put(DUE, needsDue ? "A " + k.label() + " needs a due date." : "Pick the date for that time.");
            return problems;
        }
        if (dueDate.get() != null) {
            if (hasTime && LocalDates.parseTime(dueTime.get()).isEmpty()) {
                problems.put(DUE, LocalDates.timeHint());
                return problems;
            }
            Instant due = dueInstant();
            if (!due.isAfter(now)) {
                problems.put(DUE, "That time has passed already.");
            } else if (!due.isBefore(TimeBounds.END)) {
                problems.put(DUE, "Pick a date before the year 2100.");
            }
        }
        return problems;
    }

    /** The entered date and time (17:00 when no time is given) as an instant in the team's zone. */
    private Instant dueInstant() {
        String time = dueTime.get() == null || dueTime.get().isBlank() ? "17:00" : dueTime.get();
        return dueDate.get().atTime(LocalDates.time(time)).atZone(zone).toInstant();
    }

    /** The values, once {@link #problems()} is empty. */
    public Values values() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems());
        }
        ItemKind k = kind.get();
        Instant when = dueDate.get() == null || k == ItemKind.EMAIL ? null : dueInstant();
        return new Values(k, customer.get().strip(), subject.get(), priority.get(),
                k.isDueByTarget() ? null : when, k == ItemKind.CALLBACK ? when : null);
    }
}
