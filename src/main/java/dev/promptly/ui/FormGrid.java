package dev.promptly.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A dialog's form: labels in the first column, as wide as their words, and the fields taking the rest of the width. */
public final class FormGrid {

    private FormGrid() {
    }

    /** An empty form grid; rows are added with {@link GridPane#addRow} as a {@link Label} and its field. */
    public static GridPane create() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }
}
