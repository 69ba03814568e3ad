package dev.promptly.ui.team;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.Tooltips;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A row of open hours, a weekday's or a date's: a tick for open (its text the day's name), then its intervals "from
 * ... to ...", "next day" for a shift past midnight, × to remove one and + for more; "closed" when not ticked. Node
 * ids start with the row's {@code id}: {@code #scheduleTueOpen}, {@code #scheduleTueFrom0}, {@code #scheduleTueTo0}.
 */
final class HoursRow {

    private final ScheduleEditorModel.Hours hours;
    private final String id;
    private final String label;

    /**
     * @param id    the start of the row's node ids, e.g. {@code scheduleTue}
     * @param label the tick's text: "Tuesday", "Thu 24.12.2026"
     */
    HoursRow(ScheduleEditorModel.Hours hours, String id, String label) {
        this.hours = hours;
        this.id = id;
        this.label = label;
    }

    /** The tick for open, with the tooltip {@code tip}. */
    Node toggle(String tip) {
        CheckBox open = new CheckBox(label);
        open.setId(id + "Open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.selectedProperty().bindBidirectional(hours.openProperty());
        Tooltips.set(open, tip);
        // Beside the first interval, however many follow below it.
        GridPane.setValignment(open, VPos.TOP);
        open.setPadding(new Insets(5, 0, 0, 0));
        return open;
    }

    /** The intervals, rebuilt when one is added or removed; "closed" when not open. */
    Node intervals() {
        VBox box = new VBox(2);
        Runnable rebuild = () -> {
            // + and × from the keyboard remove the focused button with the rows: the focus goes to the last "from".
            Scene scene = box.getScene();
            boolean hadFocus = scene != null && isWithin(scene.getFocusOwner(), box);
            box.getChildren().clear();
            if (!hours.openProperty().get()) {
                Label closed = new Label("closed");
                closed.setId(id + "Closed");
                closed.getStyleClass().add(Styles.TEXT_MUTED);
                closed.setPadding(new Insets(5, 0, 0, 0));
                box.getChildren().add(closed);
                return;
            }
            for (int i = 0; i < hours.intervals().size(); i++) {
                box.getChildren().add(interval(i, hours.intervals().get(i)));
            }
            if (hadFocus && !hours.intervals().isEmpty()) {
                box.lookup("#" + id + "From" + (hours.intervals().size() - 1)).requestFocus();
            }
        };
        hours.intervals().addListener((ListChangeListener<ScheduleEditorModel.Interval>) c -> rebuild.run());
        hours.openProperty().addListener(o -> rebuild.run());
        rebuild.run();
        return box;
    }

    private Node interval(int index, ScheduleEditorModel.Interval interval) {
        String name = hours.name();
        TextField from = time(id + "From" + index, interval.fromProperty(), "09:00", name + " opens at");
        TextField to = time(id + "To" + index, interval.toProperty(), "17:00", name + " closes at");
        CheckBox nextDay = new CheckBox("next day");
        nextDay.setId(id + "NextDay" + index);
        nextDay.setMinWidth(Region.USE_PREF_SIZE);
        nextDay.selectedProperty().bindBidirectional(interval.nextDayProperty());
        Tooltips.set(nextDay, "Closes after midnight, on the next day (a night shift)");
        Button remove = icon(id + "Remove" + index, new FontIcon(MaterialDesignC.CLOSE), "Remove these hours of "
                + name);
        remove.setOnAction(e -> {
            hours.intervals().remove(interval);
            if (hours.intervals().isEmpty()) {
                hours.openProperty().set(false);
            }
        });
        Label between = new Label("to");
        between.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(4, from, between, to, nextDay, remove);
        if (index == hours.intervals().size() - 1) {
            Button more = icon(id + "Add", new FontIcon(MaterialDesignP.PLUS), "More hours on " + name
                    + ", e.g. after a lunch break");
            more.setOnAction(e -> hours.addInterval());
            line.getChildren().add(more);
        }
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static TextField time(String id, javafx.beans.property.StringProperty value, String prompt,
                                  String accessible) {
        TextField field = TeamView.field(id, value, prompt);
        // As wide as "24:00" and no wider: a week of intervals fits the forms' column beside the people.
        field.getStyleClass().add(Styles.SMALL);
        field.setPrefWidth(56);
        field.setMinWidth(56);
        field.setAccessibleText(accessible);
        return field;
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    static Button icon(String id, FontIcon glyph, String tip) {
        Button button = new Button(null, glyph);
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setAccessibleText(tip);
        Tooltips.set(button, tip);
        return button;
    }
}
