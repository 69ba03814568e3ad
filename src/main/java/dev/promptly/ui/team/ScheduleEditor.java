package dev.promptly.ui.team;

import atlantafx.base.theme.Styles;
import dev.promptly.common.LocalDates;
import dev.promptly.ui.DateField;
import dev.promptly.ui.Tooltips;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
 * The open hours as a form: a row per weekday ({@link HoursRow}), the zone (suggested as it is typed), a
 * public-holiday calendar, the list of holidays typed the user's way, and the dates with hours of their own
 * ({@link DatedHoursEditor}). Node ids are the day's three letters: {@code #scheduleTueOpen},
 * {@code #scheduleTueFrom0}, {@code #scheduleTueTo0}.
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
            HoursRow hours = new HoursRow(day, "schedule" + key(day), day.name());
            week.addRow(row++, hours.toggle("Ticked: open on " + day.name() + "s, in the hours beside it; not "
                    + "ticked: closed"), hours.intervals());
        }
        TextField zone = TeamView.field("scheduleZone", model.zoneProperty(), "e.g. Europe/Berlin");
        Tooltips.set(zone, "The time zone the hours are in, such as Europe/Berlin or America/New_York: type the "
                + "city (\"berl\", \"new y\") and pick it below");
        TextField calendar = TeamView.field("scheduleCalendar", model.holidayCalendarProperty(),
                "none, or e.g. DE-BY, US-NY");
        Tooltips.set(calendar, "Public holidays of a country or region, closed all day: DE, DE-BY, US, GB, FR...");
        HBox places = new HBox(8, caption("Time _zone", zone), zone, caption("_Public holidays", calendar), calendar);
        places.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(zone, Priority.ALWAYS);
        calendar.setPrefColumnCount(5);
        Label problem = new Label();
        problem.setId("scheduleProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getChildren().addAll(week, places, ZoneSuggestions.under(zone, model), holidays(dates),
                new DatedHoursEditor(model, dates), problem);
    }

    private static String key(ScheduleEditorModel.Day day) {
        String name = day.day().name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private Node holidays(LocalDates dates) {
        ListView<LocalDate> list = new ListView<>(model.holidays());
        list.setId("scheduleHolidays");
        list.setAccessibleText("Holidays: closed all day");
        DatedHoursEditor.compact(list);
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
        date.setPrefWidth(DatedHoursEditor.DATE_WIDTH);
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
        date.onReturn(add::fire);
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

    private static Label caption(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
