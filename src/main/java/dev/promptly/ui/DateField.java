package dev.promptly.ui;

import dev.promptly.common.LocalDates;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * A date picker that reads and writes dates the user's way ({@link LocalDates}): "31.12.2026" in Germany,
 * "12/31/2026" in the US, ISO everywhere. A date it cannot read stays in the field as typed (the picker's own
 * converter would throw on the JavaFX thread and put the old date back), so the form can say what form it expects.
 */
public final class DateField extends DatePicker {

    private final LocalDates dates;
    /** What was typed when it could not be read; shown back instead of the last good date. */
    private String unreadable;

    public DateField(LocalDates dates) {
        this.dates = dates;
        setPromptText(dates.example());
        // Registered before the skin's own listener, so a date picked from the calendar shows itself.
        valueProperty().addListener((o, a, b) -> {
            unreadable = null;
            if (getSkin() == null) {
                // Until shown, no skin writes the date into the editor, which is what date() reads.
                getEditor().setText(b == null ? "" : dates.format(b));
            }
        });
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (unreadable != null) {
                    return unreadable;
                }
                return date == null ? "" : dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unreadable = null;
                    return null;
                }
                Optional<LocalDate> read = dates.parse(text);
                unreadable = read.isPresent() ? null : text;
                return read.orElse(getValue());
            }
        });
    }

    public DateField(LocalDates dates, LocalDate initial) {
        this(dates);
        setValue(initial);
    }

    public LocalDates dates() {
        return dates;
    }

    /** The date as the field shows it now (typed text included); empty when blank or unreadable. */
    public Optional<LocalDate> date() {
        String text = getEditor().getText();
        return text == null || text.isBlank() ? Optional.empty() : dates.parse(text);
    }

    /** "" when the field holds a date or nothing, else the sentence that says how to type one. */
    public String problem() {
        String text = getEditor().getText();
        return text == null || text.isBlank() || dates.parse(text).isPresent() ? "" : dates.dateHint();
    }

    /**
     * Runs {@code action} when Return is pressed in the field (its calendar closed), for a field beside a button that
     * adds the date typed: type, Return, and the next one.
     */
    public void onReturn(Runnable action) {
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !isShowing()) {
                e.consume();
                action.run();
            }
        });
    }

    /** True when nothing is typed. */
    public boolean isBlank() {
        String text = getEditor().getText();
        return text == null || text.isBlank();
    }
}
