package dev.promptly.ui.team;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Time zones matching the zone field as it is typed, listed under it as New item lists customers under the name:
 * Down moves into them from the field, Return (or a click) takes one, Up from the first or Escape goes back. The
 * list shows only while it has something to offer and the field or the list has the focus.
 */
final class ZoneSuggestions {

    private static final double ROW = 26;

    private ZoneSuggestions() {
    }

    static ListView<String> under(TextField zone, ScheduleEditorModel model) {
        ListView<String> list = new ListView<>(model.zoneSuggestions());
        list.setId("scheduleZoneSuggestions");
        list.setAccessibleText("Time zones matching what is typed");
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.size(model.zoneSuggestions()).multiply(ROW).add(4));
        list.visibleProperty().bind(Bindings.isNotEmpty(model.zoneSuggestions()));
        list.managedProperty().bind(list.visibleProperty());
        // Only what the user types is answered: not a zone loaded with the team, nor one taken from the list.
        zone.textProperty().addListener((o, was, is) -> {
            if (zone.isFocused()) {
                model.suggestZones(is);
            }
        });
        zone.focusedProperty().addListener((o, was, is) -> clearUnlessWithin(zone, list, model));
        list.focusedProperty().addListener((o, was, is) -> clearUnlessWithin(zone, list, model));
        zone.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                list.getFocusModel().focus(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !list.getItems().isEmpty()) {
                model.zoneSuggestions().clear();
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                take(zone, list, model);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE
                    || e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                zone.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                take(zone, list, model);
            }
        });
        return list;
    }

    private static void take(TextField zone, ListView<String> list, ScheduleEditorModel model) {
        model.chooseZone(list.getSelectionModel().getSelectedItem());
        zone.requestFocus();
        zone.end();
    }

    /** The focus went elsewhere than the field or the list: the suggestions go with it. */
    private static void clearUnlessWithin(TextField zone, Node list, ScheduleEditorModel model) {
        Node owner = zone.getScene() == null ? null : zone.getScene().getFocusOwner();
        if (owner != zone && owner != list) {
            model.zoneSuggestions().clear();
        }
    }
}
