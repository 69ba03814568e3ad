package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.items.ItemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The desktop's "new item" form says what the command line and the services would refuse, in the same words. */
class NewItemFormTest {

    private final NewItemForm form = new NewItemForm(ZoneOffset.UTC, Instant.parse("2026-11-23T12:00:00Z"));

    @Test
    void anOverlongSubjectOrCustomerNameIsShownAtItsFieldInTheServicesWords() {
        form.customer.set("c".repeat(101));
        form.subject.set("s".repeat(250));

        assertThat(form.problems())
                .containsEntry(NewItemForm.CUSTOMER, "A customer name may be at most 100 characters; this one has 101.")
                .containsEntry(NewItemForm.SUBJECT, "A subject may be at most 200 characters; this one has 250.");
    }

    @Test
    void aDueDateFromTheYear2100IsRefused() {
        form.customer.set("Carla");
        form.kind.set(ItemKind.COMMITMENT);
        form.dueDate.set(LocalDate.of(2100, 1, 1));

        assertThat(form.problems()).containsEntry(NewItemForm.DUE, "Pick a date before the year 2100.");
        form.dueDate.set(LocalDate.of(2099, 12, 31));
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void aDateTheFieldCouldNotReadIsReportedInsteadOfTheLastGoodOne() {
        form.customer.set("Carla");
        form.kind.set(ItemKind.COMMITMENT);
        form.dueDate.set(LocalDate.of(2026, 11, 23));
        form.dueDateProblem.set("Type a date like 31.12.2026.");

        assertThat(form.problems()).containsEntry(NewItemForm.DUE, "Type a date like 31.12.2026.");
    }

    @Test
    void aTimeIsReadAsPeopleTypeItAndOtherwiseSaysHow() {
        form.customer.set("Carla");
        form.kind.set(ItemKind.COMMITMENT);
        form.dueDate.set(LocalDate.of(2026, 11, 24));
        form.dueTime.set("4:30 pm");
        assertThat(form.problems()).isEmpty();
        assertThat(form.values().due()).isEqualTo(Instant.parse("2026-11-24T16:30:00Z"));

        form.dueTime.set("half four");
        assertThat(form.problems()).containsEntry(NewItemForm.DUE, "Type a time like 16:30.");
    }
}
