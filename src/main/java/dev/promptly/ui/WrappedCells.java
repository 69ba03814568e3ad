package dev.promptly.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** List cells whose long text wraps within the list, as high as their lines, instead of running out of its side. */
public final class WrappedCells {

    private WrappedCells() {
    }

    /** Makes {@code cell} of {@code list} wrap its text at the list's width (less its padding and a scroll bar). */
    public static <T, C extends ListCell<T>> C wrapping(C cell, ListView<T> list) {
        // The theme fixes a list cell's height; 24 px is JavaFX's own default, which means "as high as the content".
        cell.setStyle("-fx-cell-size: 24px;");
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }
}
