package dev.promptly.ui.imports;

import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.RejectsFile;
import dev.promptly.imports.cdr.CdrColumns;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.ui.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.DoubleConsumer;
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
    public enum Kind { CALLS, ITEMS }

    private final Kind kind;
    private final Path file;
    private final CdrImport calls;
    private final CsvImport items;
    private final TaskRunner tasks;
    private final Runnable onImported;

    private final ObjectProperty<ZoneId> zone;
    private final StringProperty columns = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final BooleanProperty createReps = new SimpleBooleanProperty();
    private final StringProperty teamForNewReps = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param zone       the time zone a phone system's times are read in, to begin with (this computer's)
     * @param onImported what to refresh once the import is written
     */
    public ImportViewModel(Kind kind, Path file, CdrImport calls, CsvImport items, ZoneId zone, TaskRunner tasks,
                           Runnable onImported) {
        this.kind = kind;
        this.file = file;
        this.calls = calls;
        this.items = items;
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
        DoubleConsumer reportProgress = p -> tasks.later(() -> progress.set(p));
        tasks.run(() -> run(chosenZone, chosenColumns, skip, reps, team, dryRun, reportProgress), result -> {
            running.set(false);
            progress.set(1);
            outcome.set(result);
            if (result.imported()) {
                imported.set(true);
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
                    ? failure.getMessage() : "The import failed: " + failure.getMessage());
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
            result = ImportOutcome.of(calls.run(content, new CdrImport.Options(chosenZone, layout, skip, dryRun),
                    reportProgress), chosenZone);
        } else {
            result = ImportOutcome.of(items.run(content, new CsvImport.Options(skip, dryRun, reps, team),
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

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
