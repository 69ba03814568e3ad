package dev.promptly.ui.team;

import atlantafx.base.theme.Styles;
import dev.promptly.common.LocalDates;
import dev.promptly.ui.DateField;
import dev.promptly.ui.Tooltips;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The dates with hours of their own, under the holidays and like them: a short list ("12/24/2026 (Thursday): 09:00
 * to 12:00"), the hours of the date selected in it as a weekday's row (ticked and its intervals, or "closed"), and a
 * date to add, typed the user's way or picked, or the selected one to remove. The row's ids carry the date:
 * {@code #scheduleDate20261224Open}, {@code #scheduleDate20261224From0}.
 */
final class DatedHoursEditor extends VBox {

    /** Rows the list shows before it scrolls: enough for Christmas Eve and New Year's Eve and one more. */
    private static final int ROWS = 3;
    private static final double ROW = 28;
    /** The date fields of both lists, as wide as each other so their buttons line up. */
    static final double DATE_WIDTH = 160;

    private final ScheduleEditorModel model;
    private final LocalDates dates;
    private final ListView<ScheduleEditorModel.DatedHours> list;
    private final GridPane selected = new GridPane();

    DatedHoursEditor(ScheduleEditorModel model, LocalDates dates) {
        super(4);
        this.model = model;
        this.dates = dates;
        list = list();
        selected.setId("scheduleDatedHours");
        selected.setHgap(8);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> showHours(is));
        // A mistake naming a date ("24.12.2026: ...") opens that date's row, where it is put right.
        model.problemProperty().addListener((o, was, is) -> model.dated().stream()
                .filter(date -> is != null && is.startsWith(date.name() + ":")).findFirst()
                .ifPresent(date -> {
                    list.getSelectionModel().select(date);
                    list.scrollTo(date);
                }));
        Label none = new Label("None: every date has its weekday's hours.");
        none.setId("scheduleDatedNone");
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        none.visibleProperty().bind(Bindings.isEmpty(model.dated()));
        none.managedProperty().bind(none.visibleProperty());
        Label clash = new Label();
        clash.setId("scheduleAlsoHolidays");
        clash.setWrapText(true);
        clash.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        clash.textProperty().bind(model.alsoHolidaysProperty());
        clash.managedProperty().bind(clash.textProperty().isNotEmpty());
        clash.visibleProperty().bind(clash.managedProperty());
        DateField date = new DateField(dates);
        Label heading = new Label("Dates with their _own hours");
        heading.setMnemonicParsing(true);
        heading.setLabelFor(date);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(heading, none, list, selected, controls(date), clash);
        showHours(null);
    }

    private static String key(ScheduleEditorModel.DatedHours date) {
        return "scheduleDate" + date.date().format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String weekday(ScheduleEditorModel.DatedHours date, TextStyle style) {
        return date.date().getDayOfWeek().getDisplayName(style, Locale.ENGLISH);
    }

    private ListView<ScheduleEditorModel.DatedHours> list() {
        ListView<ScheduleEditorModel.DatedHours> view = new ListView<>(model.dated());
        view.setId("scheduleDatedList");
        view.setAccessibleText("Dates with hours of their own");
        compact(view);
        // Without dates, the line under the heading says so and the list takes no height.
        view.visibleProperty().bind(Bindings.isNotEmpty(model.dated()));
        view.managedProperty().bind(view.visibleProperty());
        view.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ScheduleEditorModel.DatedHours date, boolean empty) {
                super.updateItem(date, empty);
                textProperty().unbind();
                if (empty || date == null) {
                    setText(null);
                } else {
                    String day = date.name() + " (" + weekday(date, TextStyle.FULL) + "): ";
                    textProperty().bind(Bindings.concat(day, date.summaryProperty()));
                }
            }
        });
        return view;
    }

    /** A list of dates as tall as its dates (one row when empty, for its placeholder), up to three rows. */
    static void compact(ListView<?> view) {
        view.setFixedCellSize(ROW);
        view.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(ROWS,
                Math.max(1, view.getItems().size())) * ROW + 2, view.getItems()));
    }

    /** The selected date's hours to edit, as a weekday's row; nothing when no date is selected. */
    private void showHours(ScheduleEditorModel.DatedHours date) {
        selected.getChildren().clear();
        selected.setVisible(date != null);
        selected.setManaged(date != null);
        if (date != null) {
            // The date alone, as narrow as "Wednesday" above: its weekday is in the list, and more would not fit.
            HoursRow hours = new HoursRow(date, key(date), date.name());
            selected.addRow(0, hours.toggle("Ticked: open on " + date.name() + " in the hours beside it, instead of "
                    + "the weekday's; not ticked: closed all day"), hours.intervals());
        }
    }

    private Node controls(DateField date) {
        date.setId("datedHoursDate");
        date.setAccessibleText("Date with hours of its own, to add");
        date.setPrefWidth(DATE_WIDTH);
        Button add = new Button("Add date", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addDatedHoursButton");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.set(add, "Gives the date hours of its own, its weekday's to begin with: type over them for a half "
                + "day, or untick the date to close it");
        add.setOnAction(e -> {
            if (date.date().isPresent()) {
                ScheduleEditorModel.DatedHours added = model.addDate(date.date().get());
                date.setValue(null);
                date.getEditor().clear();
                list.getSelectionModel().select(added);
                list.scrollTo(added);
                // On to its hours, to type over them.
                Node from = selected.lookup("#" + key(added) + "From0");
                (from != null ? from : selected.lookup("#" + key(added) + "Open")).requestFocus();
            } else {
                model.problemProperty().set("Date with hours of its own: " + (date.isBlank()
                        ? "type or pick a date, e.g. " + dates.example() + "." : date.problem()));
            }
        });
        date.onReturn(add::fire);
        Button remove = new Button("Remove", new FontIcon(MaterialDesignC.CLOSE));
        remove.setId("removeDatedHoursButton");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.set(remove, "Takes the selected date off this list: its weekday's hours apply again");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.dated().remove(list.getSelectionModel().getSelectedItem()));
        HBox controls = new HBox(8, date, add, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }
}
