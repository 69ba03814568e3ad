package dev.promptly.ui;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the Edit dialog starts from: the item's subject, its due time when it can be edited (a commitment's or a
 * follow-up's, while open and not yet overdue; else null), and its customer's details, all as shown.
 *
 * @param zone the owner team's time zone, in which the due time is shown and typed
 */
public record EditForm(String item, String subject, Instant due, String customerName, String phone, String email,
                       String company, ZoneId zone, Instant now) {
}
