package dev.promptly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.mail.MailImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mbox", mixinStandardHelpOptions = true,
        description = {"Email items from a rep's exported mailbox (mbox, such as a Gmail Takeout).",
            "Every time a customer waited for the rep's reply becomes an email item, replied when the rep answered. "
                + "Importing the same or a longer file again creates nothing twice."})
final class ImportMboxCommand implements Runnable {

    private final Session session;

    @Parameters(paramLabel = "FILE", description = "The mbox file (mboxo or mboxrd, any size).")
    Path file;

    @Option(names = "--rep", required = true, paramLabel = "EMAIL", description = "Whose mailbox it is.")
    String rep;

    @Option(names = "--alias", paramLabel = "ADDRESS", description = "Another address of the rep (repeatable).")
    List<String> aliases = new java.util.ArrayList<>();

    @Option(names = "--since", paramLabel = "T", converter = Converters.InstantConverter.class,
            description = "Leave out periods awaiting a reply that began before T (ISO-8601 time with offset).")
    java.time.Instant since;

    @Option(names = "--skip-lists", description = "Messages sent to lists (Precedence: bulk, junk, list) count "
            + "for nothing.")
    boolean skipLists;

    @Option(names = "--dry-run", description = "Show what would be created; change nothing.")
    boolean dryRun;

    @Mixin
    SummaryFormatOption format;

    ImportMboxCommand(Session session) {
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
            ObjectNode root = JsonOutput.object();
            root.put("file", file.toString()).put("imported", s.imported()).put("messages", s.messages())
                    .put("duplicates", s.duplicates()).put("threads", s.threads()).put("periods", s.periods())
                    .put("already_imported", s.alreadyImported()).put("items_created", s.itemsCreated())
                    .put("items_replied", s.itemsReplied());
            ObjectNode skipped = root.putObject("skipped");
            s.skipped().forEach(skipped::put);
            com.fasterxml.jackson.databind.node.ArrayNode warnings = root.putArray("warnings");
            s.warnings().forEach(warnings::add);
            JsonOutput.print(out, root);
        } else {
            String verb = s.imported() ? "" : "would be ";
            out.printf("%s: %s (%s), %s, %s awaiting a reply (%d imported before)%n", file.getFileName(),
                    Counted.of(s.messages(), "message"), Counted.of(s.duplicates(), "duplicate"),
                    Counted.of(s.threads(), "thread"), Counted.of(s.periods(), "period"), s.alreadyImported());
            out.printf("Email items %screated: %d; %sreplied since the last import: %d%n", verb, s.itemsCreated(),
                    verb, s.itemsReplied());
            int skippedCount = s.skipped().values().stream().mapToInt(Integer::intValue).sum();
            out.printf("Messages skipped: %d%n", skippedCount);
            s.skipped().forEach((why, n) -> session.say("  " + n + ": " + why));
            if (!s.warnings().isEmpty()) {
                out.printf("Warnings: %d%n", s.warnings().size());
                s.warnings().stream().limit(ImportCommand.SHOWN).forEach(w -> session.say("  " + w));
                if (s.warnings().size() > ImportCommand.SHOWN) {
                    out.printf("  ... and %d more%n", s.warnings().size() - ImportCommand.SHOWN);
                }
            }
            if (dryRun) {
                out.println("Dry run: nothing was changed.");
            }
        }
        out.flush();
    }
}
