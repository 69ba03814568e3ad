package dev.promptly.ui.imports;

import dev.promptly.imports.Rejected;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
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
        return new ImportOutcome(List.of(
                s.lines() + " lines, " + s.calls() + " calls, " + s.alreadyImported() + " of them imported before",
                s.missed() + " missed calls: " + s.callbacksCreated() + " callbacks"
                        + (s.imported() ? " created, " : " to create, ") + s.repeats() + " repeat calls",
                s.attempts() + " calls back matched as attempts (" + s.outboundWithoutCallback()
                        + " other calls out)",
                s.rejected().size() + " lines cannot be read"),
                s.changes().stream().map(c -> new Change(switch (c.kind()) {
                    case CALLBACK -> "Callback";
                    case REPEAT -> "Called again";
                    case ATTEMPT -> "Attempt";
                }, TimeText.dayAndTime(c.at(), zone), c.rep(), c.customer() == null ? c.number()
                        : c.customer() + " (" + c.number() + ")", c.detail())).toList(),
                s.rejected(), s.imported());
    }

    static ImportOutcome of(CsvImport.Summary s, ZoneId zone) {
        return new ImportOutcome(List.of(
                s.rows() + " rows, " + s.alreadyImported() + " of them imported before",
                s.created() + " items" + (s.imported() ? " created" : " to create"),
                s.customersCreated() + " new customers, " + s.repsCreated() + " new reps",
                s.rejected().size() + " rows cannot be read"),
                s.preview().stream().map(p -> new Change(TimeText.capitalized(p.kind().label()),
                        TimeText.dayAndTime(p.receivedAt(), zone), p.rep(), p.customer(),
                        (p.subject() == null ? "" : p.subject() + ", ") + p.state() + " (line " + p.line() + ")"))
                        .toList(),
                s.rejected(), s.imported());
    }
}
