package dev.promptly.cli;

import dev.promptly.common.ControlCharacters;
import dev.promptly.imports.Rejected;
import dev.promptly.imports.csv.CsvImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "csv", mixinStandardHelpOptions = true,
        description = {"Items from a spreadsheet saved as CSV, one row each.",
            "A header row names the columns: kind, rep, customer, received_at (or due_at) and optionally contact, "
                + "subject, due_at, responded_at, done_at, priority, external_id.",
            "Importing the same file again changes nothing."})
final class ImportCsvCommand implements Runnable {

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

    ImportCsvCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        byte[] content = ImportCommand.read(file);
        CsvImport.Summary s = session.context().csvImport()
                .run(content, new CsvImport.Options(skipInvalid, dryRun, createReps, team), done -> { });
        Path rejects = s.imported() && !s.rejected().isEmpty() ? ImportCommand.writeRejects(file, s.rejected()) : null;
        PrintWriter out = session.out();
        String verb = s.imported() ? "" : "would be ";
        out.printf("%s: %s (%d imported before)%n", file.getFileName(), Counted.of(s.rows(), "row"),
                s.alreadyImported());
        if (refused(s.rejected())) {
            ImportCommand.printRejected(out, s.rejected(), null);
            out.flush();
            ImportCommand.fail(s.rejected());
        }
        out.printf("Items %screated: %d; customers %sadded: %d; reps %sadded: %d%n", verb, s.created(), verb,
                s.customersCreated(), verb, s.repsCreated());
        ImportCommand.printRejected(out, s.rejected(), rejects);
        if (dryRun) {
            out.println("Dry run: nothing was changed. It would make:");
            for (CsvImport.Preview p : s.preview()) {
                // Names and subjects come from the file: their control characters are not for the terminal.
                out.println(ControlCharacters.escaped(String.format("  line %d: %s for %s from %s, %s (%s)", p.line(),
                        p.kind().label(), p.rep(), p.customer(), p.subject() == null ? "no subject" : p.subject(),
                        p.state())));
            }
        }
        out.flush();
    }

    private boolean refused(List<Rejected> rejected) {
        return !rejected.isEmpty() && !skipInvalid;
    }
}
