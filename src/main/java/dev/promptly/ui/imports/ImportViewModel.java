package dev.promptly.ui.imports;

import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.RejectsFile;
import dev.promptly.imports.cdr.CdrColumns;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.imports.mail.MailImport;
import dev.promptly.ui.TaskRunner;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing one file from the desktop: the options, a preview (the import done and undone, so it shows exactly what
 * will happen), then the import. Reading, previewing and importing run in the background with progress.
 */
public final class ImportViewModel {

    /** What the file holds. */
    public enum Kind { CALLS, ITEMS, MAILBOX }

    private final Kind kind;
    private final Path file;
    private final Importers importers;
    private final String rep;
    private final TaskRunner tasks;
    private final Runnable onImported;

    private final ObjectProperty<ZoneId> zone;
    private final StringProperty columns = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final BooleanProperty createReps = new SimpleBooleanProperty();
    private final StringProperty aliases = new SimpleStringProperty("");
    private final BooleanProperty skipLists = new SimpleBooleanProperty();
    private final StringProperty teamForNewReps = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanBinding imported = Bindings.createBooleanBinding(
            () -> outcome.get() != null && outcome.get().imported(), outcome);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    /**
     * @param rep        whose mailbox a mailbox file is (the user's email); null for other kinds
     * @param zone       the time zone a phone system's times are read in, to begin with (this computer's)
     * @param onImported what to refresh once the import is written
     */
    public ImportViewModel(Kind kind, Path file, Importers importers, String rep, ZoneId zone, TaskRunner tasks,
                           Runnable onImported) {
        this.kind = kind;
        this.file = file;
        this.importers = importers;
        this.rep = rep;
        this.zone = new SimpleObjectProperty<>(zone);
        this.tasks = tasks;
        this.onImported = onImported;
    }

    /** Works out what the import would do, and changes nothing. */
    public void preview() {
        start("Reading " + file.getFileName() + "…", true);
    }

    /** Imports the file. */
    public void importNow() {
        start("Importing " + file.getFileName() + "…", false);
    }

    private void start(String what, boolean dryRun) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        message.set(what);
        ZoneId chosenZone = zone.get();
        String chosenColumns = columns.get();
        boolean skip = skipInvalid.get();
        boolean reps = createReps.get();
        String team = teamForNewReps.get() == null || teamForNewReps.get().isBlank() ? null
                : teamForNewReps.get().strip();
        List<String> otherAddresses = java.util.Arrays.stream(aliases.get().split("[,;\\s]+"))
                .filter(a -> !a.isBlank()).toList();
        boolean lists = skipLists.get();
        DoubleConsumer reportProgress = p -> tasks.later(() -> progress.set(p));
        tasks.run(() -> kind == Kind.MAILBOX ? mailbox(otherAddresses, lists, dryRun, reportProgress)
                : run(chosenZone, chosenColumns, skip, reps, team, dryRun, reportProgress), result -> {
            running.set(false);
            progress.set(1);
            failed.set(false);
            outcome.set(result);
            if (result.imported()) {
                message.set("Imported." + (result.rejected().isEmpty() ? ""
                        : " The lines that cannot be read are in " + RejectsFile.besides(file).getFileName() + "."));
                onImported.run();
            } else if (!result.rejected().isEmpty() && !skip) {
                message.set("Nothing " + (dryRun ? "can be" : "was") + " imported while " + result.rejected().size()
                        + " lines cannot be read: fix them, or tick \"Import the rest\".");
            } else {
                message.set("Preview: nothing is changed until you press Import.");
            }
        }, failure -> {
            running.set(false);
            progress.set(0);
            message.set(failure instanceof InvalidInputException || failure instanceof UncheckedIOException
                    ? sentence(failure.getMessage()) : "The import failed: " + failure.getMessage());
            failed.set(true);
        });
    }

    private ImportOutcome run(ZoneId chosenZone, String chosenColumns, boolean skip, boolean reps, String team,
                              boolean dryRun, DoubleConsumer reportProgress) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        ImportOutcome result;
        if (kind == Kind.CALLS) {
            CdrColumns layout = chosenColumns == null || chosenColumns.isBlank() ? null
                    : CdrColumns.parse(chosenColumns);
            result = ImportOutcome.of(importers.calls().run(content, new CdrImport.Options(chosenZone, layout, skip,
                            dryRun),
                    reportProgress), chosenZone);
        } else {
            result = ImportOutcome.of(importers.items().run(content, new CsvImport.Options(skip, dryRun, reps, team),
                    reportProgress), chosenZone);
        }
        if (result.imported() && !result.rejected().isEmpty()) {
            try {
                RejectsFile.write(file, result.rejected());
            } catch (IOException e) {
                throw new UncheckedIOException("Imported, but the lines that cannot be read could not be written "
                        + "beside the file: " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** A mailbox file is read as a stream, whatever its size; progress follows the bytes read. */
    private ImportOutcome mailbox(List<String> otherAddresses, boolean lists, boolean dryRun,
                                  DoubleConsumer reportProgress) {
        try (InputStream in = new ProgressStream(Files.newInputStream(file), Files.size(file), reportProgress)) {
            return ImportOutcome.of(importers.mail().importMbox(new BufferedInputStream(in, 1 << 16),
                    new MailImport.Options(rep, otherAddresses, null, lists, dryRun)), zoneProperty().get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Tells how far through its file a stream has read, every megabyte or so. */
    private static final class ProgressStream extends java.io.FilterInputStream {
        private final long size;
        private final DoubleConsumer progress;
        private long read;
        private long reported;

        ProgressStream(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = Math.max(1, size);
            this.progress = progress;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read - reported > (1 << 20)) {
                    reported = read;
                    progress.accept((double) read / size);
                }
            }
            return n;
        }
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** A call-detail file's columns, when they are not cdr_csv's; empty for the standard layouts. */
    public StringProperty columnsProperty() {
        return columns;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public BooleanProperty createRepsProperty() {
        return createReps;
    }

    /** The team the reps a spreadsheet names join when Promptly does not know them; empty for the only team. */
    /** The user's other addresses, for a mailbox file: separated by commas or spaces. */
    public StringProperty aliasesProperty() {
        return aliases;
    }

    /** For a mailbox file: messages sent to lists count for nothing. */
    public BooleanProperty skipListsProperty() {
        return skipLists;
    }

    public StringProperty teamForNewRepsProperty() {
        return teamForNewReps;
    }

    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the file is written to the store; a dialog has nothing more to do then. */
    public BooleanExpression importedProperty() {
        return imported;
    }

    /**
     * True once the file could not be read at all (an Excel workbook, not text): nothing can be imported until a
     * preview succeeds.
     */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "this is an Excel workbook: …" as a sentence on its own: "This is an Excel workbook: …". */
    private static String sentence(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
