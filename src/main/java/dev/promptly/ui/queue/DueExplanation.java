package dev.promptly.ui.queue;

import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemView;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.OpenTimeByDay;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.TimeText;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Says in one or two sentences why an item is due when it is. */
final class DueExplanation {

    private DueExplanation() {
    }

    static String of(ItemView view) {
        Item item = view.item();
        ZoneId zone = view.team().zone();
        ResponsePolicy policy = view.team().policy();
        String received = TimeText.dayAndTime(item.receivedAt(), zone);
        String due = TimeText.dayAndTime(item.dueAt(), zone);
        String text;
        if (!item.kind().isDueByTarget()) {
            text = (item.kind() == ItemKind.COMMITMENT ? "Promised " : "Planned ") + received + ", due " + due + ".";
        } else if (item.requestedAt() != null) {
            text = "Received " + received + "; the customer asked to be called " + due + ".";
        } else if (!item.dueAt().equals(policy.dueAt(item.receivedAt()))) {
            text = "Received " + received + ", due " + due + " (set under the response policy when it came in).";
        } else if (policy.clock() == ClockKind.BUSINESS) {
            String days = OpenTimeByDay.between(policy.workingTime(), item.receivedAt(), item.dueAt(), zone).stream()
                    .map(d -> TimeText.duration(d.counted()) + " on " + TimeText.day(d.date()))
                    .collect(Collectors.joining(", "));
            text = "Received " + received + ", " + TimeText.target(policy.target()) + " target counted in open hours ("
                    + days + "), due " + due + ".";
        } else {
            text = "Received " + received + ", " + TimeText.target(policy.target()) + " target, due " + due + ".";
        }
        if (item.progress().promisedUntil() != null) {
            text += " The customer was told it will take until "
                    + TimeText.dayAndTime(item.progress().promisedUntil(), zone) + ".";
        }
        return text;
    }
}
