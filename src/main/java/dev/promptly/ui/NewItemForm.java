package dev.promptly.ui;

import dev.promptly.common.LocalDates;
import dev.promptly.common.TextLimit;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.items.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import dev.promptly.people.Customer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
    public static final String RECEIVED = "received";
    /** Suggestions shown under the customer field at most. */
    public static final int SUGGESTIONS = 6;

    /**
     * What the form produces once valid.
     *
     * @param chosen   the customer the item is for: an existing one (with its id) picked from the suggestions, or a
     *                 new one (id 0) with the company, phone and email entered
     * @param received when it came in, when back-dated ("came in at"); null for now
     */
    public record Values(ItemKind kind, String customer, String subject, Priority priority, Instant due,
                         Instant requested, Customer chosen, Instant received) {
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
    /** When it came in, if not now: yesterday's voicemail. Empty for now. */
    public final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    public final StringProperty receivedTime = new SimpleStringProperty("");
    /** As {@link #dueDateProblem}, for the date it came in. */
    public final StringProperty receivedDateProblem = new SimpleStringProperty("");
    /** A new customer's details; unused when an existing customer is chosen. */
    public final StringProperty company = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    /** The existing customer picked from the suggestions; null while the name typed is a new one. */
    public final ObjectProperty<Customer> chosen = new SimpleObjectProperty<>();
    private final ObservableList<Customer> suggestions = FXCollections.observableArrayList();
    private Function<String, List<Customer>> suggester = typed -> List.of();
    private TaskRunner tasks = TaskRunner.immediate();
    private long asked;

    public NewItemForm(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
        customer.addListener((o, was, is) -> {
            if (chosen.get() != null && !chosen.get().name().equals(is)) {
                chosen.set(null); // typed over: a name of its own again
            }
            suggest(is);
        });
    }

    /**
     * Suggests existing customers as the name is typed, looked up by {@code suggester} through {@code tasks} (off the
     * JavaFX thread); an answer to a name typed over since is dropped.
     */
    public NewItemForm withSuggestions(TaskRunner tasks, Function<String, List<Customer>> suggester) {
        this.tasks = tasks;
        this.suggester = suggester;
        return this;
    }

    private void suggest(String typed) {
        long mine = ++asked;
        if (typed == null || typed.isBlank() || chosen.get() != null) {
            suggestions.clear();
            return;
        }
        tasks.run(() -> suggester.apply(typed), found -> {
            if (mine == asked) {
                suggestions.setAll(found);
            }
        }, failure -> suggestions.clear());
    }

    /** Existing customers matching what is typed in the customer field. */
    public ObservableList<Customer> suggestions() {
        return suggestions;
    }

    /** Picks an existing customer from the suggestions: the item will be theirs, and no new customer is made. */
    public void choose(Customer existing) {
        chosen.set(existing);
        customer.set(existing.name());
        suggestions.clear();
    }

    /** "Chia Santos · Nordwind GmbH · +49 30 5550 0024", as a suggestion reads. */
    public static String describe(Customer c) {
        return String.join(" · ", java.util.stream.Stream.of(c.name(), c.company(), c.phone(), c.email())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    /**
     * As a suggestion shows it, short enough for the dialog: who and where, and under it the phone (or, without one,
     * the email) that tells two of the same name apart.
     */
    public static String describeOnTwoLines(Customer c) {
        String who = c.company() == null || c.company().isBlank() ? c.name() : c.name() + " · " + c.company();
        String reach = c.phone() != null && !c.phone().isBlank() ? c.phone() : c.email();
        return reach == null || reach.isBlank() ? who : who + "\n" + reach;
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
        receivedProblem().ifPresent(problem -> problems.put(RECEIVED, problem));
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

    /**
     * A back-dated item came in at a time that has happened: not after now, the same rule (and no tolerance for clock
     * skew) as the importers and {@link dev.promptly.items.ItemService#add} apply.
     */
    private Optional<String> receivedProblem() {
        boolean hasTime = receivedTime.get() != null && !receivedTime.get().isBlank();
        if (receivedDateProblem.get() != null && !receivedDateProblem.get().isEmpty()) {
            return Optional.of(receivedDateProblem.get());
        }
        if (receivedDate.get() == null) {
            return hasTime ? Optional.of("Pick the date it came in.") : Optional.empty();
        }
        if (hasTime && LocalDates.parseTime(receivedTime.get()).isEmpty()) {
            return Optional.of(LocalDates.timeHint());
        }
        Instant received = receivedInstant();
        if (received.isAfter(now)) {
            return Optional.of("That is still to come (it is " + TimeText.dayAndTime(now, zone)
                    + " now); an item can only be back-dated.");
        }
        if (received.isBefore(TimeBounds.EARLIEST)) {
            return Optional.of("Pick a date after the year 2000.");
        }
        return Optional.empty();
    }

    /** The entered "came in at" (the start of that day when no time is given) in the team's zone. */
    private Instant receivedInstant() {
        String time = receivedTime.get() == null || receivedTime.get().isBlank() ? "00:00" : receivedTime.get();
        return receivedDate.get().atTime(LocalDates.time(time)).atZone(zone).toInstant();
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
        String name = customer.get().strip();
        Customer who = chosen.get() != null ? chosen.get()
                : new Customer(0, name, company.get(), phone.get(), email.get(), null);
        return new Values(k, name, subject.get(), priority.get(),
                k.isDueByTarget() ? null : when, k == ItemKind.CALLBACK ? when : null, who,
                receivedDate.get() == null ? null : receivedInstant());
    }
}
