package dev.promptly.ui.dialogs;

import atlantafx.base.theme.Styles;
import dev.promptly.common.LocalDates;
import dev.promptly.common.TextLimit;
import dev.promptly.ui.DateField;
import dev.promptly.ui.DialogService.DelayAnswer;
import dev.promptly.ui.TimeText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * "Tell the customer it will take longer": the new promised time and what they were told. It opens on a time that
 * can be promised (the day after the later of now and the due time, at 17:00), reads the date the user's way, and
 * says before saving when the notice comes too late to keep the item on time.
 */
final class DelayDialog extends Dialog<DelayAnswer> {

    /** The time of day offered by default: the end of a usual working day. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);

    private final DateField date;
    private final TextField time = new TextField(DEFAULT_TIME.toString());
    private final TextArea note = Forms.note(new TextArea());
    private final ZoneId zone;
    private final Instant currentDue;
    private final Instant now;

    /** @param before the answer given before, that could not be written; null for a new notice */
    DelayDialog(String item, Instant currentDue, ZoneId zone, Instant now, DelayAnswer before, LocalDates dates) {
        this.zone = zone;
        this.currentDue = currentDue;
        this.now = now;
        this.date = new DateField(dates, defaultDate(currentDue, zone, now));
        setTitle("Tell the customer it will take longer");
        setHeaderText(TimeText.capitalized(item) + ": due " + TimeText.dayAndTime(currentDue, zone) + ". What did you promise?");
        date.setId("delayDate");
        time.setId("delayTime");
        time.setPrefColumnCount(5);
        note.setId("delayNote");
        note.setPromptText("What you told the customer");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        if (before != null) {
            date.setValue(before.until().atZone(zone).toLocalDate());
            time.setText(before.until().atZone(zone).toLocalTime().toString());
            note.setText(before.note());
            note.positionCaret(before.note().length());
        }
        GridPane grid = Forms.grid();
        Label dateError = Forms.field(grid, 0, "New _date", date, "delayDateError");
        Label timeError = Forms.field(grid, 1, "_Time (" + zone.getId() + ")", time, "delayTimeError");
        Label noteError = Forms.field(grid, 2, "_Note", note, "delayNoteError");
        grid.add(lateWarning(item), 1, 6);
        getDialogPane().setContent(grid);
        // Say what is wrong with the date or time as it is typed, each under its own field, not only once OK is
        // pressed.
        Runnable checkWhen = () -> {
            dateError.setText(dateProblem());
            timeError.setText(timeProblem());
        };
        date.getEditor().textProperty().addListener((o, a, b) -> checkWhen.run());
        date.valueProperty().addListener((o, a, b) -> checkWhen.run());
        time.textProperty().addListener((o, a, b) -> checkWhen.run());
        Forms.okOnlyWhen(this, () -> {
            checkWhen.run();
            noteError.setText(note.getText().isBlank() ? "Say what you told the customer."
                    : TextLimit.NOTE.fieldProblem(note.getText()));
            return dateError.getText().isEmpty() && timeError.getText().isEmpty() && noteError.getText().isEmpty();
        });
        Forms.keyboard(this, time);
        setResultConverter(button -> button == ButtonType.OK
                ? new DelayAnswer(until().orElseThrow(), note.getText().strip()) : null);
    }

    /** The day after the later of now and the due time: at 17:00 it is always later than both. */
    static LocalDate defaultDate(Instant currentDue, ZoneId zone, Instant now) {
        Instant later = now.isAfter(currentDue) ? now : currentDue;
        return later.atZone(zone).toLocalDate().plusDays(1);
    }

    /**
     * Shown from the start when the item is already late: the notice is still recorded, but by the team's rule
     * (docs/metrics.md) a notice after the due time does not make the item on time.
     */
    private Label lateWarning(String item) {
        Label warning = new Label();
        warning.setId("delayLateWarning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        // A wrapping label asks for its whole text's width; hold it to the fields' width and let it grow in height.
        warning.setPrefWidth(360);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (now.isAfter(currentDue)) {
            warning.setText("The due time has passed: what you tell the customer is noted, but the " + item
                    + " stays overdue. Only a notice given before the due time keeps an item on time.");
        }
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        return warning;
    }

    private String dateProblem() {
        if (date.isBlank()) {
            return "Pick the date you promised.";
        }
        return date.problem();
    }

    /** What is wrong with the time typed; once date and time both read, what is wrong with the moment they make. */
    private String timeProblem() {
        if (LocalDates.parseTime(time.getText()).isEmpty()) {
            return LocalDates.timeHint();
        }
        if (!dateProblem().isEmpty()) {
            return "";
        }
        Instant until = until().orElseThrow();
        if (!until.isAfter(now)) {
            return "That time has passed already: promise a later one.";
        }
        if (!until.isAfter(currentDue)) {
            return "Promise a time after the current due time, " + TimeText.dayAndTime(currentDue, zone) + ".";
        }
        return "";
    }

    private Optional<Instant> until() {
        Optional<LocalDate> day = date.date();
        Optional<LocalTime> clock = LocalDates.parseTime(time.getText());
        if (day.isEmpty() || clock.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(day.get().atTime(clock.get()).atZone(zone).toInstant());
    }
}
