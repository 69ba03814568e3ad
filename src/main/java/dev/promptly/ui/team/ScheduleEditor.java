package dev.promptly.ui.team;

import atlantafx.base.theme.Styles;
import dev.promptly.common.LocalDates;
import dev.promptly.ui.DateField;
import dev.promptly.ui.Tooltips;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The open hours as a form: a row per weekday (open or closed, then its intervals "from ... to ...", "next day" for
 * a shift past midnight), the zone, a public-holiday calendar and the list of holidays typed the user's way. Node
 * ids are the day's three letters: {@code #scheduleTueOpen}, {@code #scheduleTueFrom0}, {@code #scheduleTueTo0}.
 */
final class ScheduleEditor extends VBox {

    private final ScheduleEditorModel model;

    ScheduleEditor(ScheduleEditorModel model, LocalDates dates) {
        super(8);
        this.model = model;
        setId("scheduleEditor");
        GridPane week = new GridPane();
        week.setHgap(8);
        week.setVgap(2);
        int row = 0;
        for (ScheduleEditorModel.Day day : model.days()) {
            week.addRow(row++, dayToggle(day), hours(day));
        }
        TextField zone = TeamView.field("scheduleZone", model.zoneProperty(), "e.g. Europe/Berlin");
        Tooltips.set(zone, "The time zone the hours are in, such as Europe/Berlin or America/New_York");
        TextField calendar = TeamView.field("scheduleCalendar", model.holidayCalendarProperty(),
                "none, or e.g. DE-BY, US-NY");
        Tooltips.set(calendar, "Public holidays of a country or region, closed all day: DE, DE-BY, US, GB, FR...");
        HBox places = new HBox(8, caption("Time _zone", zone), zone, caption("_Public holidays", calendar), calendar);
        places.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(zone, Priority.ALWAYS);
        calendar.setPrefColumnCount(5);
        Label exceptions = new Label();
        exceptions.setId("scheduleExceptions");
        exceptions.setWrapText(true);
        exceptions.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        exceptions.textProperty().bind(Bindings.createStringBinding(() -> {
            int kept = model.keptExceptionsProperty().get();
            return kept == 0 ? "" : "Also " + (kept == 1 ? "1 date with its" : kept + " dates with their") + " own "
                    + "hours (half days, special openings), set from the command line and kept as they are; see "
                    + "docs/schedules.md.";
        }, model.keptExceptionsProperty()));
        shownWhenText(exceptions);
        Label problem = new Label();
        problem.setId("scheduleProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        shownWhenText(problem);
        getChildren().addAll(week, places, holidays(dates), exceptions, problem);
    }

    private static String key(ScheduleEditorModel.Day day) {
        String name = day.day().name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private Node dayToggle(ScheduleEditorModel.Day day) {
        CheckBox open = new CheckBox(day.name());
        open.setId("schedule" + key(day) + "Open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.selectedProperty().bindBidirectional(day.openProperty());
        Tooltips.set(open, "Ticked: open on " + day.name() + "s, in the hours beside it; not ticked: closed");
        // Beside the day's first interval, however many follow below it.
        GridPane.setValignment(open, javafx.geometry.VPos.TOP);
        open.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        return open;
    }

    /** The day's intervals, rebuilt when one is added or removed; "closed" when the day is not open. */
    private Node hours(ScheduleEditorModel.Day day) {
        VBox box = new VBox(2);
        Runnable rebuild = () -> {
            // + and × from the keyboard remove the focused button with the rows: the focus goes to the last "from".
            javafx.scene.Scene scene = box.getScene();
            boolean hadFocus = scene != null && isWithin(scene.getFocusOwner(), box);
            box.getChildren().clear();
            if (!day.openProperty().get()) {
                Label closed = new Label("closed");
                closed.setId("schedule" + key(day) + "Closed");
                closed.getStyleClass().add(Styles.TEXT_MUTED);
                closed.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
                box.getChildren().add(closed);
                return;
            }
            for (int i = 0; i < day.intervals().size(); i++) {
                box.getChildren().add(interval(day, i, day.intervals().get(i)));
            }
            if (hadFocus && !day.intervals().isEmpty()) {
                box.lookup("#schedule" + key(day) + "From" + (day.intervals().size() - 1)).requestFocus();
            }
        };
        day.intervals().addListener((ListChangeListener<ScheduleEditorModel.Interval>) c -> rebuild.run());
        day.openProperty().addListener(o -> rebuild.run());
        rebuild.run();
        return box;
    }

    private Node interval(ScheduleEditorModel.Day day, int index, ScheduleEditorModel.Interval interval) {
        String id = "schedule" + key(day);
        TextField from = time(id + "From" + index, interval.fromProperty(), "09:00", day.name() + " opens at");
        TextField to = time(id + "To" + index, interval.toProperty(), "17:00", day.name() + " closes at");
        CheckBox nextDay = new CheckBox("next day");
        nextDay.setId(id + "NextDay" + index);
        nextDay.setMinWidth(Region.USE_PREF_SIZE);
        nextDay.selectedProperty().bindBidirectional(interval.nextDayProperty());
        Tooltips.set(nextDay, "Closes after midnight, on the next day (a night shift)");
        Button remove = icon(id + "Remove" + index, new FontIcon(MaterialDesignC.CLOSE),
                "Remove these hours of " + day.name());
        remove.setOnAction(e -> {
            day.intervals().remove(interval);
            if (day.intervals().isEmpty()) {
                day.openProperty().set(false);
            }
        });
        Label between = new Label("to");
        between.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(4, from, between, to, nextDay, remove);
        if (index == day.intervals().size() - 1) {
            Button more = icon(id + "Add", new FontIcon(MaterialDesignP.PLUS),
                    "More hours on " + day.name() + ", e.g. after a lunch break");
            more.setOnAction(e -> day.addInterval());
            line.getChildren().add(more);
        }
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node holidays(LocalDates dates) {
        ListView<LocalDate> list = new ListView<>(model.holidays());
        list.setId("scheduleHolidays");
        list.setAccessibleText("Holidays: closed all day");
        list.setPrefHeight(96);
        list.setPlaceholder(new Label("No holidays listed."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dates.format(date) + " (" + date.getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ")");
            }
        });
        DateField date = new DateField(dates);
        date.setId("holidayDate");
        date.setAccessibleText("Holiday to add");
        Button add = new Button("Add holiday", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addHolidayButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            if (date.date().isPresent()) {
                model.addHoliday(date.date().get());
                date.setValue(null);
                date.getEditor().clear();
            } else {
                model.problemProperty().set("Holiday: " + (date.isBlank() ? "type or pick a date, e.g. "
                        + dates.example() + "." : date.problem()));
            }
        });
        Button remove = new Button("Remove", new FontIcon(MaterialDesignC.CLOSE));
        remove.setId("removeHolidayButton");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.holidays().remove(list.getSelectionModel().getSelectedItem()));
        HBox controls = new HBox(8, date, add, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label heading = caption("_Holidays (closed all day)", date);
        return new VBox(4, heading, list, controls);
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

    private static Button icon(String id, FontIcon glyph, String tip) {
        Button button = new Button(null, glyph);
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setAccessibleText(tip);
        Tooltips.set(button, tip);
        return button;
    }

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void shownWhenText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }
}
