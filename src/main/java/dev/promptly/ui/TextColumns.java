package dev.promptly.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/** Read-only table columns of text, as every listing shows them. */
public final class TextColumns {

    private TextColumns() {
    }

    /**
     * A column titled {@code title}, {@code width} px wide to start with, showing {@code value} of each row; a text
     * the column is too narrow for reads whole in the cell's tooltip.
     */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new WholeOnHoverCell<>());
        return column;
    }

    /** A cell whose cut text ("Check stock with the warehouse and call …") shows whole when pointed at. */
    private static final class WholeOnHoverCell<T> extends TableCell<T, String> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The skin has laid the text out by now, elided or not.
            Node shown = lookup(".text");
            boolean cut = shown instanceof Text text && getText() != null && !getText().equals(text.getText());
            setTooltip(cut ? whole : null);
        }
    }
}
