package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import dev.promptly.items.ItemKind;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.Icons;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queue's rows in the order the rule gives them (no column sorts), each row carrying its state as CSS
 * pseudo-classes; its selection and the view model's selected row follow each other.
 */
final class QueueTable extends TableView<ItemRow> {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    static final PseudoClass INFORMED = PseudoClass.getPseudoClass("informed");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    QueueTable(QueueViewModel model) {
        setId("queueTable");
        setItems(model.rows());
        setPlaceholder(new QueuePlaceholder(model));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getStyleClass().add(Styles.STRIPED);
        getColumns().setAll(List.of(kindColumn(), whoseColumn(), textColumn("Customer", 140, ItemRow::customer),
                textColumn("Subject", 200, ItemRow::subject), ageColumn(), dueColumn(), attemptsColumn(),
                stateColumn()));
        setRowFactory(t -> new StateRow());

        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> select(b));
        select(model.selectedProperty().get());
    }

    private void select(ItemRow row) {
        if (row == getSelectionModel().getSelectedItem()) {
            return;
        }
        if (row == null) {
            getSelectionModel().clearSelection();
        } else {
            getSelectionModel().select(row);
        }
    }

    private static <T> TableColumn<ItemRow, T> column(String title, double width) {
        TableColumn<ItemRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false); // the queue's order is the rule: customer first, then by due time
        return column;
    }

    private static TableColumn<ItemRow, ItemKind> kindColumn() {
        TableColumn<ItemRow, ItemKind> kind = column("", 36);
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().kind()));
        kind.setCellFactory(c -> new KindIconCell());
        kind.setMinWidth(36);
        kind.setMaxWidth(40);
        return kind;
    }

    private static TableColumn<ItemRow, String> whoseColumn() {
        TableColumn<ItemRow, String> whose = column("For", 84);
        whose.setCellValueFactory(c ->
                new ReadOnlyObjectWrapper<>(TimeText.capitalized(c.getValue().item().priority().label())));
        whose.setMinWidth(86);
        return whose;
    }

    private static TableColumn<ItemRow, String> textColumn(String title, double width,
                                                           Function<ItemRow, String> text) {
        TableColumn<ItemRow, String> column = column(title, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        return column;
    }

    private static TableColumn<ItemRow, String> ageColumn() {
        TableColumn<ItemRow, String> age = column("Age", 72);
        age.setMinWidth(72);
        age.setCellValueFactory(c -> c.getValue().ageProperty());
        return age;
    }

    private static TableColumn<ItemRow, String> dueColumn() {
        TableColumn<ItemRow, String> due = column("Due", 130);
        due.setMinWidth(130);
        due.setCellValueFactory(c -> c.getValue().timeLeftProperty());
        return due;
    }

    private static TableColumn<ItemRow, Number> attemptsColumn() {
        TableColumn<ItemRow, Number> attempts = column("Attempts", 92);
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().progress().attempts()));
        attempts.setMinWidth(92);
        return attempts;
    }

    private static TableColumn<ItemRow, ItemState> stateColumn() {
        TableColumn<ItemRow, ItemState> state = column("State", 150);
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setCellFactory(c -> new StateCell());
        state.setMinWidth(150);
        return state;
    }

    /** Puts the row's state on the row as CSS pseudo-classes, and keeps them current as the state changes. */
    private static final class StateRow extends TableRow<ItemRow> {
        private final ChangeListener<ItemState> onChange = (o, a, b) -> show(b);

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            ItemRow previous = getItem();
            if (previous != null) {
                previous.stateProperty().removeListener(onChange);
            }
            super.updateItem(row, empty);
            if (empty || row == null) {
                show(null);
            } else {
                row.stateProperty().addListener(onChange);
                show(row.getState());
            }
        }

        private void show(ItemState state) {
            pseudoClassStateChanged(OVERDUE, state == ItemState.OVERDUE);
            pseudoClassStateChanged(DUE_SOON, state == ItemState.DUE_SOON);
            pseudoClassStateChanged(INFORMED, state == ItemState.INFORMED);
            pseudoClassStateChanged(DONE, state != null && !state.isOpen());
        }
    }

    /** The state as an icon and words, never colour alone. */
    private static final class StateCell extends TableCell<ItemRow, ItemState> {
        // One icon per cell, given the state's glyph as the cell is reused: making an icon loads its font.
        private final FontIcon icon = new FontIcon();

        StateCell() {
            icon.getStyleClass().add("state-icon");
        }

        @Override
        protected void updateItem(ItemState state, boolean empty) {
            super.updateItem(state, empty);
            if (empty || state == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            icon.setIconCode(Icons.state(state));
            setGraphic(icon);
            setText(Icons.stateText(state));
        }
    }

    /** The kind as an icon in the table, with its name for screen readers and as a tooltip. */
    private static final class KindIconCell extends TableCell<ItemRow, ItemKind> {
        private final FontIcon icon = new FontIcon();

        @Override
        protected void updateItem(ItemKind kind, boolean empty) {
            super.updateItem(kind, empty);
            boolean none = empty || kind == null;
            if (!none) {
                icon.setIconCode(Icons.kind(kind));
            }
            setGraphic(none ? null : icon);
            setAccessibleText(none ? null : kind.label());
            Tooltips.set(this, none ? null : TimeText.capitalized(kind.label()));
        }
    }
}
