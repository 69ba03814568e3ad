package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.Icons;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

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
        // Every column but the subject has the width its content needs; the subject takes the rest of the width.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getStyleClass().add(Styles.STRIPED);
        TableColumn<ItemRow, String> customer = textColumn("Customer", CUSTOMER_NARROW, ItemRow::customer);
        TableColumn<ItemRow, String> subject = textColumn("Subject", 240, ItemRow::subject);
        subject.setMinWidth(160); // two lines of it: room for "Check stock with the warehouse and call back"
        getColumns().setAll(List.of(kindColumn(), whoseColumn(), customer, subject, ageColumn(), dueColumn(),
                attemptsColumn(), stateColumn()));
        // A wide table gives the customer's name more room too, but most of it goes to the subject.
        widthProperty().addListener((o, was, width) -> fixed(customer,
                Math.min(CUSTOMER_WIDE, Math.max(CUSTOMER_NARROW, width.doubleValue() * 0.15))));
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

    /** "Katarina Novak" and most names whole at 1280 px; long company names get more room on a wide screen. */
    private static final double CUSTOMER_NARROW = 128;
    private static final double CUSTOMER_WIDE = 240;

    /** A column that keeps {@code width} however wide the table is. */
    private static void fixed(TableColumn<ItemRow, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
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
        fixed(kind, 34);
        return kind;
    }

    /** Whose work it is (customer, company, self) as an icon with its word as tooltip: the words took 85 px. */
    private static TableColumn<ItemRow, Priority> whoseColumn() {
        TableColumn<ItemRow, Priority> whose = column("For", 44);
        whose.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().priority()));
        whose.setCellFactory(c -> new PriorityIconCell());
        fixed(whose, 44);
        return whose;
    }

    private static TableColumn<ItemRow, String> textColumn(String title, double width,
                                                           Function<ItemRow, String> text) {
        TableColumn<ItemRow, String> column = column(title, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setCellFactory(c -> new TwoLineCell());
        return column;
    }

    private static TableColumn<ItemRow, String> ageColumn() {
        TableColumn<ItemRow, String> age = column("Age", 76);
        fixed(age, 76); // "3 d 11 h"
        age.setCellValueFactory(c -> c.getValue().ageProperty());
        return age;
    }

    private static TableColumn<ItemRow, String> dueColumn() {
        TableColumn<ItemRow, String> due = column("Due", 134);
        fixed(due, 134); // "overdue 1 d 14 h"
        due.setCellValueFactory(c -> c.getValue().timeLeftProperty());
        return due;
    }

    private static TableColumn<ItemRow, Number> attemptsColumn() {
        // A count needs little room; the header says "Attempts" by an icon and a tooltip, not in 92 px of words.
        TableColumn<ItemRow, Number> attempts = column("", 48);
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().progress().attempts()));
        Label header = new Label(null, new FontIcon(MaterialDesignP.PHONE_LOG));
        header.setId("attemptsHeader");
        header.setAccessibleText("Attempts");
        Tooltips.set(header, "Call attempts so far");
        attempts.setGraphic(header);
        fixed(attempts, 48);
        return attempts;
    }

    private static TableColumn<ItemRow, ItemState> stateColumn() {
        TableColumn<ItemRow, ItemState> state = column("State", 150);
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setCellFactory(c -> new StateCell());
        fixed(state, 138); // "Customer told" with its icon
        return state;
    }

    /**
     * A name or subject that does not fit on one line takes a second (a row has room for two): on a laptop a long
     * subject reads whole instead of ending in "…".
     */
    private static final class TwoLineCell extends TableCell<ItemRow, String> {
        TwoLineCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
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

    /** Whose work it is as an icon, with its word for screen readers and as a tooltip. */
    private static final class PriorityIconCell extends TableCell<ItemRow, Priority> {
        private final FontIcon icon = new FontIcon();

        PriorityIconCell() {
            icon.getStyleClass().add("priority-icon");
        }

        @Override
        protected void updateItem(Priority priority, boolean empty) {
            super.updateItem(priority, empty);
            boolean none = empty || priority == null;
            if (!none) {
                icon.setIconCode(Icons.priority(priority));
            }
            setText(null);
            setGraphic(none ? null : icon);
            setAccessibleText(none ? null : TimeText.capitalized(priority.label()));
            Tooltips.set(this, none ? null : "For the " + priority.label());
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
