package dev.promptly.imports.cdr;

import dev.promptly.imports.Phones;
import dev.promptly.items.AttemptOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One call: the legs that share its id, in the order they started. */
record Call(String id, List<CdrRow> legs) {

    private static final Pattern CALLER_ID = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^>]*)>\\s*$");

    /** The legs grouped into calls, in the order the calls started. */
    static List<Call> grouped(List<CdrRow> rows) {
        Map<String, List<CdrRow>> legs = new LinkedHashMap<>();
        for (CdrRow row : rows) {
            legs.computeIfAbsent(row.callId(), k -> new ArrayList<>()).add(row);
        }
        Comparator<CdrRow> order = Comparator.comparing(CdrRow::start).thenComparingLong(CdrRow::line);
        return legs.entrySet().stream()
                .map(e -> new Call(e.getKey(), e.getValue().stream().sorted(order).toList()))
                .sorted(Comparator.comparing(Call::start).thenComparingLong(c -> c.first().line()))
                .toList();
    }

    CdrRow first() {
        return legs.get(0);
    }

    Instant start() {
        return first().start();
    }

    /** Whether any leg reached a person: then the call was answered, whatever the other legs say. */
    boolean answered() {
        return legs.stream().anyMatch(CdrRow::reachedPerson);
    }

    /**
     * What a rep's call to a customer counts as: reached when someone talked (answered with billed seconds), no
     * answer, busy; none when the call could not be placed at all (failed, congestion).
     */
    AttemptOutcome attemptOutcome() {
        if (legs.stream().anyMatch(l -> l.disposition() == Disposition.ANSWERED && l.billsec() > 0)) {
            return AttemptOutcome.REACHED;
        }
        if (legs.stream().anyMatch(l -> l.disposition() == Disposition.BUSY)) {
            return AttemptOutcome.BUSY;
        }
        if (legs.stream().anyMatch(l -> l.disposition() == Disposition.NO_ANSWER
                || l.disposition() == Disposition.ANSWERED)) {
            return AttemptOutcome.NO_ANSWER;
        }
        return null;
    }

    /** The caller's name from a caller id such as {@code "Carla Diaz" <+49301234>}; null when it has none. */
    String callerName() {
        String callerId = first().callerId();
        Matcher m = CALLER_ID.matcher(callerId == null ? "" : callerId);
        String name = m.matches() ? m.group(1) : callerId;
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The extension the call rang: the phone in its first leg's channel, else the number dialled. */
    String extensionRung() {
        String phone = extensionOf(first().dstChannel());
        return phone != null && !phone.isEmpty() ? phone : first().dst();
    }

    /** An extension calling a number outside, such as a rep not yet in Promptly calling a customer back. */
    boolean isFromAnExtensionOut() {
        return !isOutsideNumber(first().src()) && isOutsideNumber(first().dst());
    }

    /** Every number the call's legs dialled or rang, normalised. */
    Stream<String> numbersCalled() {
        return legs.stream().flatMap(leg -> Stream.of(leg.dst(), extensionOf(leg.dstChannel())))
                .map(Phones::normalize).filter(Objects::nonNull);
    }

    /**
     * Whether a number is a phone outside the PBX rather than an extension: it has a country prefix, or seven digits
     * or more. Told apart so that a call from a phone no rep has to a customer is not taken for a missed call to the
     * customer's "extension".
     */
    static boolean isOutsideNumber(String number) {
        String phone = Phones.normalize(number);
        return phone != null && (phone.startsWith("+") || phone.matches("\\d{7,}"));
    }

    /** The extension in a channel name: "201" in {@code PJSIP/201-0000001a} or {@code Local/201@internal-00;1}. */
    static String extensionOf(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        String endpoint = channel.substring(channel.indexOf('/') + 1);
        int dash = endpoint.lastIndexOf('-');
        endpoint = dash > 0 ? endpoint.substring(0, dash) : endpoint;
        int at = endpoint.indexOf('@');
        return (at > 0 ? endpoint.substring(0, at) : endpoint).strip();
    }
}
