package dev.promptly.cli;

import dev.promptly.common.ControlCharacters;
import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.Rejected;
import dev.promptly.imports.RejectsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Bring in work from other systems.",
        subcommands = {ImportCdrCommand.class, ImportCsvCommand.class, ImportMboxCommand.class})
final class ImportCommand {

    /** How many rejected lines the text summary lists; JSON lists them all. */
    static final int SHOWN = 20;

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

    /** Bad lines without --skip-invalid: the command fails with exit code 3. */
    static void fail(List<Rejected> rejected) {
        throw new InvalidInputException("nothing imported: " + rejected.size()
                + (rejected.size() == 1 ? " line" : " lines")
                + " cannot be read; fix them, or import the rest with --skip-invalid");
    }

    static void printRejected(PrintWriter out, List<Rejected> rejected, Path rejects) {
        out.printf("Rows rejected: %d%s%n", rejected.size(), rejects == null ? "" : " (written to " + rejects + ")");
        // A reason quotes the file, whose control characters must not reach the terminal.
        rejected.stream().limit(SHOWN).forEach(r -> out.println("  line " + r.line() + ": "
                + ControlCharacters.escaped(r.reason())));
        if (rejected.size() > SHOWN) {
            out.printf("  ... and %d more%n", rejected.size() - SHOWN);
        }
    }
}
