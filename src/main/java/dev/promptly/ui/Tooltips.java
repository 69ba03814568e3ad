package dev.promptly.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not with it. Each tooltip is a small window of
 * its own: made up front, the queue's (one per row's kind icon, and every button's) took a tenth of the start-up.
 * The text is the control's accessible help from the start, as a made tooltip's would be.
 */
public final class Tooltips {

    private static final String TEXT = Tooltips.class.getName() + ".text";

    private Tooltips() {
    }

    /** Gives {@code control} a tooltip with {@code text}, or none when the text is null. */
    public static void set(Control control, String text) {
        control.setAccessibleHelp(text);
        boolean first = !control.getProperties().containsKey(TEXT);
        control.getProperties().put(TEXT, text);
        Tooltip made = control.getTooltip();
        if (made != null && text != null) {
            made.setText(text);
        } else if (made != null) {
            control.setTooltip(null);
        }
        if (first) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (control.getTooltip() == null && control.getProperties().get(TEXT) instanceof String wanted) {
                    control.setTooltip(new Tooltip(wanted));
                }
            });
        }
    }
}
