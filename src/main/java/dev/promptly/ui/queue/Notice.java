package dev.promptly.ui.queue;

import dev.promptly.sla.ItemState;

/** An in-app notification: an item in the queue just became due soon or overdue. */
public record Notice(long itemId, ItemState state, String title, String text) {
}
