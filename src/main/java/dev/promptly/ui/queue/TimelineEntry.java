package dev.promptly.ui.queue;

/** One line of an item's history in the details pane. */
public record TimelineEntry(String when, String what, String who, boolean undone) {
}
