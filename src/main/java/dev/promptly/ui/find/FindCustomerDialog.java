package dev.promptly.ui.find;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.WrappedCells;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The find-a-customer panel: a search box, the customers found with their items, and the history of an item chosen
 * from them. Keyboard first: Down moves from the box into the results, Return opens the line, Escape empties the box
 * (and closes the panel when it is empty already).
 */
public final class FindCustomerDialog extends Dialog<Void> {

    public FindCustomerDialog(FindCustomerViewModel model, Window owner) {
        setTitle("Find a customer");
        setHeaderText("Any customer of the team, and whoever has their items");
        initModality(Modality.NONE);
        if (owner != null) {
            initOwner(owner);
        }
        setResizable(true);
        TextField text = new TextField();
        text.setId("findText");
        text.setPromptText("Name, company, email or phone");
        text.setAccessibleText("Find a customer by name, company, email or phone");
        text.textProperty().bindBidirectional(model.queryProperty());
        Label status = new Label();
        status.setId("findStatus");
        status.textProperty().bind(model.statusProperty());
        ListView<FindRow> results = new ListView<>(model.rows());
        results.setId("findResults");
        results.setPrefSize(640, 300);
        results.setCellFactory(list -> WrappedCells.wrapping(new RowCell(), list));
        Label chosen = new Label();
        chosen.setId("findChosen");
        chosen.setWrapText(true);
        // Its second line says what you may do about the item: the results give up height for it, not the label.
        chosen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chosen.textProperty().bind(model.chosenTitleProperty());
        ListView<String> history = new ListView<>(model.chosenHistory());
        history.setId("findHistory");
        history.setPrefHeight(120);
        history.setCellFactory(list -> WrappedCells.wrapping(new ListCell<String>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        }, list));
        history.visibleProperty().bind(model.chosenTitleProperty().isNotEmpty());
        history.managedProperty().bind(history.visibleProperty());

        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !text.getText().isEmpty()) {
                text.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().select(firstItem(results));
                results.getFocusModel().focus(results.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.runSearch();
                e.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (model.choose(results.getSelectionModel().getSelectedItem())) {
                    close();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
                text.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(); // the list would keep Escape to itself, and the panel stay open
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.choose(results.getSelectionModel().getSelectedItem())) {
                close();
            }
        });
        VBox content = new VBox(8, text, status, results, chosen, history);
        VBox.setVgrow(results, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnShown(e -> Platform.runLater(() -> {
            text.requestFocus();
            text.end();
        }));
    }

    /** The first line that is an item (what Return can open), else the first line. */
    private static int firstItem(ListView<FindRow> results) {
        for (int i = 0; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).item() != null) {
                return i;
            }
        }
        return 0;
    }

    private static final class RowCell extends ListCell<FindRow> {
        /**
         * Sets an item under its customer. An empty graphic rather than leading spaces, so that a wrapped item's
         * second line ("(New York)") starts under its first, not at the list's edge.
         */
        private final javafx.scene.layout.Region indent = new javafx.scene.layout.Region();

        RowCell() {
            indent.setMinWidth(14);
            indent.setPrefWidth(14);
        }

        @Override
        protected void updateItem(FindRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean customer = row.kind() == FindRow.Kind.CUSTOMER;
            setText(row.text());
            setGraphic(customer ? null : indent);
            if (customer) {
                getStyleClass().add(Styles.TEXT_BOLD);
            } else if (row.kind() != FindRow.Kind.OPEN) {
                getStyleClass().add(Styles.TEXT_MUTED);
            }
        }
    }
}
