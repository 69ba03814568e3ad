package dev.promptly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.ControlCharacters;
import dev.promptly.imports.Rejected;
import dev.promptly.imports.cdr.CdrColumns;
import dev.promptly.imports.cdr.CdrImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cdr", mixinStandardHelpOptions = true,
        description = {"Missed calls from an Asterisk call-detail file (Master.csv) become callbacks.",
            "Reps' calls back to those numbers become attempts. Importing the same file again changes nothing."})
final class ImportCdrCommand implements Runnable {

    private final Session session;

    @Parameters(paramLabel = "FILE", description = "The call-detail file.")
    Path file;

    @ArgGroup(exclusive = true)
    TimeZoneChoice zone = new TimeZoneChoice();

    static final class TimeZoneChoice {
        @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
                description = "The PBX's time zone (default: this computer's).")
        ZoneId zone;

        @Option(names = "--utc", description = "The PBX writes UTC (cdr.conf usegmtime = yes).")
        boolean utc;
    }

    @Option(names = "--columns", paramLabel = "LIST",
            description = "The file's columns in order, e.g. for cdr_custom: clid,src,dst,... "
                    + "(default: cdr_csv's, told by each line's count: 16, 17, 18 or 21).")
    String columns;

    @Option(names = "--dry-run", description = "Show what would be created; change nothing.")
    boolean dryRun;

    @Option(names = "--skip-invalid",
            description = "Import the readable lines when some are not; those go to FILE.rejects.csv.")
    boolean skipInvalid;

    @Mixin
    SummaryFormatOption format;

    ImportCdrCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        ZoneId pbxZone = zone.utc ? ZoneId.of("UTC")
                : zone.zone != null ? zone.zone : session.environment().clock().getZone();
        CdrColumns layout = columns == null ? null : CdrColumns.parse(columns);
        byte[] content = ImportCommand.read(file);
        CdrImport.Summary summary = session.context().cdrImport()
                .run(content, new CdrImport.Options(pbxZone, layout, skipInvalid, dryRun), done -> { });
        Path rejects = summary.imported() && !summary.rejected().isEmpty()
                ? ImportCommand.writeRejects(file, summary.rejected()) : null;
        if (format.json()) {
            json(summary, rejects);
        } else {
            text(summary, pbxZone, rejects);
        }
        if (refused(summary.rejected())) {
            ImportCommand.fail(summary.rejected());
        }
    }

    private boolean refused(List<Rejected> rejected) {
        return !rejected.isEmpty() && !skipInvalid;
    }

    private void text(CdrImport.Summary s, ZoneId pbxZone, Path rejects) {
        PrintWriter out = session.out();
        String verb = s.imported() ? "" : "would be ";
        out.printf("%s: %s, %s (%d imported before), times read in %s%n", file.getFileName(),
                Counted.of(s.lines(), "line"), Counted.of(s.calls(), "call"), s.alreadyImported(), pbxZone.getId());
        if (refused(s.rejected())) {
            ImportCommand.printRejected(out, s.rejected(), null);
            out.flush();
            return;
        }
        out.printf("Missed calls: %d; callbacks %screated: %d; repeat calls %sadded: %d%n", s.missed(), verb,
                s.callbacksCreated(), verb, s.repeats());
        out.printf("Attempts %smatched: %d (calls out to numbers without an open callback: %d)%n", verb,
                s.attempts(), s.outboundWithoutCallback());
        for (String notice : new String[] {s.missedForNoRepNotice(), s.callsBackPendingNotice()}) {
            if (notice != null) {
                out.println(ControlCharacters.escaped(notice));
            }
        }
        ImportCommand.printRejected(out, s.rejected(), rejects);
        for (String skip : s.skipped()) {
            out.println(ControlCharacters.escaped("  skipped " + skip));
        }
        if (dryRun) {
            out.println("Dry run: nothing was changed. It would make:");
            for (CdrImport.Change c : s.changes()) {
                // Names and numbers come from the file: their control characters are not for the terminal.
                out.println(ControlCharacters.escaped(String.format("  %-8s %s  %s  %s %s", c.kind().name().toLowerCase(),
                        Times.iso(c.at(), pbxZone), c.rep(), c.customer() == null ? c.number()
                                : c.customer() + " <" + c.number() + ">", c.detail())));
            }
        }
        out.flush();
    }

    private void json(CdrImport.Summary s, Path rejects) {
        ObjectNode root = JsonOutput.object();
        root.put("file", file.toString());
        root.put("imported", s.imported());
        root.put("lines", s.lines());
        root.put("calls", s.calls());
        root.put("already_imported", s.alreadyImported());
        root.put("missed_calls", s.missed());
        root.put("callbacks_created", s.callbacksCreated());
        root.put("repeat_calls", s.repeats());
        root.put("attempts_matched", s.attempts());
        root.put("outbound_without_callback", s.outboundWithoutCallback());
        ObjectNode forNoRep = root.putObject("missed_for_no_rep");
        s.missedForNoRep().forEach(forNoRep::put);
        root.put("calls_back_pending", s.callsBackPending());
        root.put("notice", s.missedForNoRepNotice());
        root.put("rows_rejected", s.rejected().size());
        root.put("rejects_file", rejects == null ? null : rejects.toString());
        ArrayNode rejected = root.putArray("rejected");
        s.rejected().forEach(r -> rejected.addObject().put("line", r.line()).put("reason", r.reason()));
        ArrayNode skipped = root.putArray("skipped");
        s.skipped().forEach(skipped::add);
        JsonOutput.print(session.out(), root);
    }
}
