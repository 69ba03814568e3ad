package dev.promptly.reports;

import dev.promptly.items.ItemKind;
import java.time.Instant;

/** A callback returned or an email answered: who owned it, when it came in, and when the answer was given. */
public record Answer(long ownerId, ItemKind kind, Instant receivedAt, Instant answeredAt) {
}
