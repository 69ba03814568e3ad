package dev.promptly.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.Rejected;
import dev.promptly.imports.RejectsFile;
import dev.promptly.imports.cdr.CdrColumns;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.MailImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Bring in work from other systems.",
        subcommands = {ImportCommand.Cdr.class, ImportCommand.Csv.class, ImportCommand.Mbox.class})
final class ImportCommand {

    /** How many rejected lines the text summary lists; JSON lists them all. */
    private static final int SHOWN = 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Command(name = "cdr", mixinStandardHelpOptions = true,
            description = {"Missed calls from an Asterisk call-detail file (Master.csv) become callbacks; reps'",
                "calls back to those numbers become attempts. Importing the same file again changes nothing."})
    static final class Cdr implements Runnable {

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

        Cdr(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            ZoneId pbxZone = zone.utc ? ZoneId.of("UTC")
                    : zone.zone != null ? zone.zone : session.environment().clock().getZone();
            CdrColumns layout = columns == null ? null : CdrColumns.parse(columns);
            byte[] content = read(file);
            CdrImport.Summary summary = session.context().cdrImport()
                    .run(content, new CdrImport.Options(pbxZone, layout, skipInvalid, dryRun), done -> { });
            Path rejects = summary.imported() && !summary.rejected().isEmpty()
                    ? writeRejects(file, summary.rejected()) : null;
            if (format.json()) {
                json(summary, rejects);
            } else {
                text(summary, pbxZone, rejects);
            }
            if (refused(summary.rejected())) {
                fail(summary.rejected());
            }
        }

        private boolean refused(List<Rejected> rejected) {
            return !rejected.isEmpty() && !skipInvalid;
        }

        static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new InvalidInputException("there is no file " + file);
            } catch (IOException e) {
                throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
            }
        }

        static Path writeRejects(Path file, List<Rejected> rejected) {
            try {
                return RejectsFile.write(file, rejected);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the rejected lines beside " + file, e);
            }
        }

        private void text(CdrImport.Summary s, ZoneId pbxZone, Path rejects) {
            PrintWriter out = session.out();
            String verb = s.imported() ? "" : "would be ";
            out.printf("%s: %d lines, %d calls (%d imported before), times read in %s%n", file.getFileName(),
                    s.lines(), s.calls(), s.alreadyImported(), pbxZone.getId());
            if (refused(s.rejected())) {
                printRejected(out, s.rejected(), null);
                out.flush();
                return;
            }
            out.printf("Missed calls: %d; callbacks %screated: %d; repeat calls %sadded: %d%n", s.missed(), verb,
                    s.callbacksCreated(), verb, s.repeats());
            out.printf("Attempts %smatched: %d (calls out to numbers without an open callback: %d)%n", verb,
                    s.attempts(), s.outboundWithoutCallback());
            printRejected(out, s.rejected(), rejects);
            for (String skip : s.skipped()) {
                out.println("  skipped " + skip);
            }
            if (dryRun) {
                out.println("Dry run: nothing was changed. It would make:");
                for (CdrImport.Change c : s.changes()) {
                    out.printf("  %-8s %s  %s  %s %s%n", c.kind().name().toLowerCase(), Times.iso(c.at(), pbxZone),
                            c.rep(), c.customer() == null ? c.number() : c.customer() + " <" + c.number() + ">",
                            c.detail());
                }
            }
            out.flush();
        }

        private void json(CdrImport.Summary s, Path rejects) {
            ObjectNode root = JSON.createObjectNode();
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
            root.put("rows_rejected", s.rejected().size());
            root.put("rejects_file", rejects == null ? null : rejects.toString());
            ArrayNode rejected = root.putArray("rejected");
            s.rejected().forEach(r -> rejected.addObject().put("line", r.line()).put("reason", r.reason()));
            ArrayNode skipped = root.putArray("skipped");
            s.skipped().forEach(skipped::add);
            try {
                session.out().println(JSON.writeValueAsString(root));
                session.out().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = {"Items from a spreadsheet: a header row with kind, rep, customer, received_at (or due_at)",
                "and optionally contact, subject, due_at, responded_at, done_at, priority, external_id.",
                "Importing the same file again changes nothing."})
    static final class Csv implements Runnable {

        private final Session session;

        @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8, comma or semicolon separated).")
        Path file;

        @Option(names = "--dry-run", description = "Show what would be created; change nothing.")
        boolean dryRun;

        @Option(names = "--skip-invalid",
                description = "Import the readable rows when some are not; those go to FILE.rejects.csv.")
        boolean skipInvalid;

        @Option(names = "--create-reps", description = "Add reps the file names and the store lacks.")
        boolean createReps;

        @Option(names = "--team", paramLabel = "NAME",
                description = "The team --create-reps adds reps to, made if there is none of that name (default: "
                        + "the only team).")
        String team;

        Csv(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            byte[] content = Cdr.read(file);
            CsvImport.Summary s = session.context().csvImport()
                    .run(content, new CsvImport.Options(skipInvalid, dryRun, createReps, team), done -> { });
            Path rejects = s.imported() && !s.rejected().isEmpty() ? Cdr.writeRejects(file, s.rejected()) : null;
            PrintWriter out = session.out();
            String verb = s.imported() ? "" : "would be ";
            out.printf("%s: %d rows (%d imported before)%n", file.getFileName(), s.rows(), s.alreadyImported());
            if (refused(s.rejected())) {
                printRejected(out, s.rejected(), null);
                out.flush();
                fail(s.rejected());
            }
            out.printf("Items %screated: %d; customers %sadded: %d; reps %sadded: %d%n", verb, s.created(), verb,
                    s.customersCreated(), verb, s.repsCreated());
            printRejected(out, s.rejected(), rejects);
            if (dryRun) {
                out.println("Dry run: nothing was changed. It would make:");
                for (CsvImport.Preview p : s.preview()) {
                    out.printf("  line %d: %s for %s from %s, %s (%s)%n", p.line(), p.kind().label(), p.rep(),
                            p.customer(), p.subject() == null ? "no subject" : p.subject(), p.state());
                }
            }
            out.flush();
        }

        private boolean refused(List<Rejected> rejected) {
            return !rejected.isEmpty() && !skipInvalid;
        }
    }

    @Command(name = "mbox", mixinStandardHelpOptions = true,
            description = {"A rep's exported mailbox (mbox, such as a Gmail Takeout): every time a customer waited for",
                "the rep's reply becomes an email item, replied when the rep answered. Importing the same or a",
                "longer file again creates nothing twice."})
    static final class Mbox implements Runnable {

        private final Session session;

        @Parameters(paramLabel = "FILE", description = "The mbox file (mboxo or mboxrd, any size).")
        Path file;

        @Option(names = "--rep", required = true, paramLabel = "EMAIL", description = "Whose mailbox it is.")
        String rep;

        @Option(names = "--alias", paramLabel = "ADDRESS", description = "Another address of the rep (repeatable).")
        List<String> aliases = new java.util.ArrayList<>();

        @Option(names = "--since", paramLabel = "DATE", converter = Converters.InstantConverter.class,
                description = "Leave out conversations that began before this time (ISO-8601 with offset).")
        java.time.Instant since;

        @Option(names = "--skip-lists", description = "Messages sent to lists (Precedence: bulk, junk, list) count "
                + "for nothing.")
        boolean skipLists;

        @Option(names = "--dry-run", description = "Show what would be created; change nothing.")
        boolean dryRun;

        @Mixin
        SummaryFormatOption format;

        Mbox(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            MailImport.Summary s;
            try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                s = session.context().mailImport().importMbox(in,
                        new MailImport.Options(rep, aliases, since, skipLists, dryRun));
            } catch (NoSuchFileException e) {
                throw new InvalidInputException("there is no file " + file);
            } catch (IOException e) {
                throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
            }
            PrintWriter out = session.out();
            if (format.json()) {
                ObjectNode root = JSON.createObjectNode();
                root.put("file", file.toString()).put("imported", s.imported()).put("messages", s.messages())
                        .put("duplicates", s.duplicates()).put("threads", s.threads()).put("periods", s.periods())
                        .put("already_imported", s.alreadyImported()).put("items_created", s.itemsCreated())
                        .put("items_replied", s.itemsReplied());
                ObjectNode skipped = root.putObject("skipped");
                s.skipped().forEach(skipped::put);
                try {
                    out.println(JSON.writeValueAsString(root));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                String verb = s.imported() ? "" : "would be ";
                out.printf("%s: %d messages (%d duplicates), %d threads, %d periods awaiting a reply (%d imported "
                        + "before)%n", file.getFileName(), s.messages(), s.duplicates(), s.threads(), s.periods(),
                        s.alreadyImported());
                out.printf("Email items %screated: %d; %sreplied since the last import: %d%n", verb, s.itemsCreated(),
                        verb, s.itemsReplied());
                int skippedCount = s.skipped().values().stream().mapToInt(Integer::intValue).sum();
                out.printf("Messages skipped: %d%n", skippedCount);
                s.skipped().forEach((why, n) -> out.printf("  %d: %s%n", n, why));
                if (dryRun) {
                    out.println("Dry run: nothing was changed.");
                }
            }
            out.flush();
        }
    }

    /** Bad lines without --skip-invalid: the command fails with exit code 3. */
    static void fail(List<Rejected> rejected) {
        throw new InvalidInputException("nothing imported: " + rejected.size()
                + (rejected.size() == 1 ? " line" : " lines")
                + " cannot be read; fix them, or import the rest with --skip-invalid");
    }

    static void printRejected(PrintWriter out, List<Rejected> rejected, Path rejects) {
        out.printf("Rows rejected: %d%s%n", rejected.size(), rejects == null ? "" : " (written to " + rejects + ")");
        rejected.stream().limit(SHOWN).forEach(r -> out.printf("  line %d: %s%n", r.line(), r.reason()));
        if (rejected.size() > SHOWN) {
            out.printf("  ... and %d more%n", rejected.size() - SHOWN);
        }
    }
}
