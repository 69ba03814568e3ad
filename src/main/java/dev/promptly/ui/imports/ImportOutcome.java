package dev.promptly.ui.imports;

import dev.promptly.imports.Rejected;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.MailImport;
import dev.promptly.ui.TimeText;
import java.time.ZoneId;
import java.util.List;

/**
 * What an import (or its preview) found, in the words the dialog shows, whichever the kind of file.
 *
 * @param imported whether it was written; false for a preview and when bad rows stopped it
 */
public record ImportOutcome(List<String> figures, List<Change> changes, List<Rejected> rejected, boolean imported) {

    /** One thing the import makes: "Callback", "Thu 20 Nov 16:40", "Anna Schmidt", "Carla Diaz", "missed call". */
    public record Change(String what, String when, String rep, String customer, String detail) {
    }

    static ImportOutcome of(CdrImport.Summary s, ZoneId zone) {
        List<String> figures = new java.util.ArrayList<>(List.of(
                count(s.lines(), "line") + ", " + count(s.calls(), "call") + ", " + s.alreadyImported()
                        + " of them imported before",
                count(s.missed(), "missed call") + ": " + count(s.callbacksCreated(), "callback")
                        + (s.imported() ? " created, " : " to create, ") + count(s.repeats(), "repeat call"),
                count(s.attempts(), "call") + " back matched as attempts, "
                        + count(s.outboundWithoutCallback(), "other call") + " out",
                count(s.rejected().size(), "line") + " that cannot be read"));
        java.util.stream.Stream.of(s.missedForNoRepNotice(), s.callsBackPendingNotice())
                .filter(java.util.Objects::nonNull).forEach(figures::add);
        return new ImportOutcome(List.copyOf(figures),
                s.changes().stream().map(c -> new Change(switch (c.kind()) {
                    case CALLBACK -> "Callback";
                    case REPEAT -> "Called again";
                    case ATTEMPT -> "Attempt";
                }, TimeText.dayAndTime(c.at(), zone), c.rep(), c.customer() == null ? c.number()
                        : c.customer() + " (" + c.number() + ")", c.detail())).toList(),
                s.rejected(), s.imported());
    }

    static ImportOutcome of(MailImport.Summary s, ZoneId zone) {
        int skipped = s.skipped().values().stream().mapToInt(Integer::intValue).sum();
        return new ImportOutcome(List.of(
                count(s.messages(), "message") + ", " + count(s.duplicates(), "duplicate") + ", "
                        + count(s.threads(), "conversation"),
                count(s.periods(), "wait") + " for your reply, " + s.alreadyImported() + " of them imported before",
                count(s.itemsCreated(), "email item") + (s.imported() ? " created, " : " to create, ")
                        + s.itemsReplied() + " replied since the last import",
                count(skipped, "message") + " left out" + (skipped == 0 ? "" : ": " + s.skipped())
                        + (s.warnings().isEmpty() ? "" : "; " + count(s.warnings().size(), "warning") + ", the first: "
                        + s.warnings().get(0))),
                s.preview().stream().map(p -> new Change("Email", TimeText.dayAndTime(p.receivedAt(), zone), "you",
                        p.customer(), (p.subject().isBlank() ? "(no subject)" : p.subject()) + (p.repliedAt() == null
                        ? ", waiting" : ", replied " + TimeText.dayAndTime(p.repliedAt(), zone)))).toList(),
                List.of(), s.imported());
    }

    static ImportOutcome of(CsvImport.Summary s, ZoneId zone) {
        return new ImportOutcome(List.of(
                count(s.rows(), "row") + ", " + s.alreadyImported() + " of them imported before",
                count(s.created(), "item") + (s.imported() ? " created" : " to create"),
                count(s.customersCreated(), "new customer") + ", " + count(s.repsCreated(), "new rep"),
                count(s.rejected().size(), "row") + " that cannot be read"),
                s.preview().stream().map(p -> new Change(TimeText.capitalized(p.kind().label()),
                        TimeText.dayAndTime(p.receivedAt(), zone), p.rep(), p.customer(),
                        (p.subject() == null ? "" : p.subject() + ", ") + p.state() + " (line " + p.line() + ")"))
                        .toList(),
                s.rejected(), s.imported());
    }

    /** "1 line", "3 lines". */
    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
