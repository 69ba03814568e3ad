package dev.promptly.items;

import dev.promptly.common.TextLimit;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import java.time.Instant;
import java.util.Objects;

/**
 * What a person or an importer knows about an item before it is stored. Its subject is checked against
 * {@link TextLimit#SUBJECT} here rather than in {@link Item}, so that items stored before the limit still read.
 *
 * @param dueAt       required for commitments and follow-ups; callbacks and emails take the team's target
 * @param requestedAt a time the customer asked for, which becomes the due time; optional
 * @param externalId  the importer's id (a call id, a Message-ID); null for items typed in by hand
 */
public record NewItem(ItemKind kind, Rep owner, Customer customer, String subject, Priority priority,
                      Instant receivedAt, Instant dueAt, Instant requestedAt, String source, String externalId) {

    public static final String MANUAL = "manual";

    public NewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        priority = priority == null ? Priority.CUSTOMER : priority;
        source = source == null ? MANUAL : source;
        TextLimit.SUBJECT.check(subject);
    }
}
