package dev.promptly.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A table as tall as its header and rows, so a short table leaves the rest of the screen to what comes below it and
 * its last row (a total) is never cut off by a guessed divider. Rows need a fixed cell size.
 */
public final class TableHeight {

    private TableHeight() {
    }

    /**
     * Keeps {@code table}'s preferred and largest height at its header plus its rows; it may shrink to show at least
     * {@code minRows} rows when the window has too little room for all.
     */
    public static void fitRows(TableView<?> table, int minRows) {
        InvalidationListener update = o -> {
            Region header = (Region) table.lookup(".column-header-background");
            double headerHeight = header == null ? 0 : header.prefHeight(-1);
            double frame = table.snappedTopInset() + table.snappedBottomInset() + 2;
            double rows = table.getItems().size() * table.getFixedCellSize();
            double all = frame + headerHeight + rows;
            table.setPrefHeight(all);
            table.setMaxHeight(all);
            table.setMinHeight(Math.min(all, frame + headerHeight + minRows * table.getFixedCellSize()));
        };
        table.getItems().addListener(update);
        table.skinProperty().addListener(update);
        table.getColumns().addListener(update);
        // The header's height is known once it has been laid out with its titles (some of two lines).
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                update.invalidated(o);
            }
        });
        update.invalidated(null);
    }

}
