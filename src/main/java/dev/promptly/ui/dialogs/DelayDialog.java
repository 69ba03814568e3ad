package dev.promptly.ui.dialogs;

import dev.promptly.common.TextLimit;
import dev.promptly.ui.DialogService.DelayAnswer;
import dev.promptly.ui.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** "Tell the customer it will take longer": the new promised time and what they were told. */
final class DelayDialog extends Dialog<DelayAnswer> {

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField("17:00");
    private final TextArea note = Forms.note(new TextArea());
    private final ZoneId zone;
    private final Instant currentDue;
    private final Instant now;

    DelayDialog(String item, Instant currentDue, ZoneId zone, Instant now) {
        this.zone = zone;
        this.currentDue = currentDue;
        this.now = now;
        setTitle("Tell the customer it will take longer");
        setHeaderText(item + ": due " + TimeText.dayAndTime(currentDue, zone) + ". What did you promise?");
        date.setId("delayDate");
        date.setValue(currentDue.atZone(zone).toLocalDate().plusDays(1));
        time.setId("delayTime");
        time.setPrefColumnCount(5);
        note.setId("delayNote");
        note.setPromptText("What you told the customer");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        GridPane grid = Forms.grid();
        Label whenError = Forms.field(grid, 0, "New _date", date, "delayDateError");
        Forms.field(grid, 1, "_Time (" + zone.getId() + ")", time, "delayTimeError");
        Label noteError = Forms.field(grid, 2, "_Note", note, "delayNoteError");
        getDialogPane().setContent(grid);
        Forms.okOnlyWhen(this, () -> {
            whenError.setText(whenProblem());
            noteError.setText(note.getText().isBlank() ? "Say what you told the customer."
                    : TextLimit.NOTE.fieldProblem(note.getText()));
            return whenError.getText().isEmpty() && noteError.getText().isEmpty();
        });
        Forms.keyboard(this, time);
        setResultConverter(button -> button == ButtonType.OK ? new DelayAnswer(until(), note.getText().strip()) : null);
    }

    private String whenProblem() {
        if (date.getValue() == null) {
            return "Pick the date you promised.";
        }
        Instant until;
        try {
            until = until();
        } catch (DateTimeParseException e) {
            return "Use HH:MM for the time, e.g. 16:30.";
        }
        if (!until.isAfter(now) || !until.isAfter(currentDue)) {
            return "The promised time must be later than now and than the current due time.";
        }
        return "";
    }

    private Instant until() {
        return date.getValue().atTime(TimeText.clockTime(time.getText())).atZone(zone).toInstant();
    }
}
