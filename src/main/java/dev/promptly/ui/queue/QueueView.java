package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import dev.promptly.items.ItemKind;
import dev.promptly.sla.ItemState;
import dev.promptly.ui.Icons;
import dev.promptly.ui.Shortcut;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The rep's queue: today's figures, filters, the table of items, the details of the selected one, the actions. */
public final class QueueView extends BorderPane {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    static final PseudoClass INFORMED = PseudoClass.getPseudoClass("informed");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    /** States are refreshed at least this often, so "time left" is never more than a minute stale. */
    private static final Duration TICK = Duration.seconds(30);
    private static final Duration UNDO_WINDOW = Duration.seconds(8);

    private final QueueViewModel model;
    private final TableView<ItemRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private final PauseTransition undoTimer = new PauseTransition(UNDO_WINDOW);

    public QueueView(QueueViewModel model, DetailsViewModel details) {
        this.model = model;
        getStyleClass().add("queue");
        setTop(new VBox(figures(), toolbar()));
        SplitPane split = new SplitPane(table(), new DetailsView(details));
        split.setDividerPositions(0.76);
        setCenter(split);
        setBottom(statusBar());
        model.selectedProperty().addListener((o, a, b) -> details.show(b));
        details.show(model.selectedProperty().get()); // at start-up the queue can be loaded before its view is made
        ticker.setCycleCount(Animation.INDEFINITE);
        undoTimer.setOnFinished(e -> model.expireUndo());
        // Each undoable action gets the full window, even one that follows another within it.
        model.undoableActionsProperty().addListener((o, was, is) -> undoTimer.playFromStart());
        // Tick only while shown, so a hidden queue costs nothing.
        sceneProperty().addListener((o, was, is) -> {
            if (is == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /** Brings states and times up to date now; the view also does this every 30 seconds. */
    public void tick() {
        model.tick();
        table.refresh();
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private Node figures() {
        HBox figures = new HBox(12,
                figure("figureOverdue", "Overdue", MaterialDesignA.ALERT_CIRCLE),
                figure("figureDueToday", "Due today", MaterialDesignC.CLOCK_ALERT_OUTLINE),
                figure("figureAnswered", "Answered today", MaterialDesignC.CHECK_CIRCLE_OUTLINE),
                figure("figureCommitments", "Commitments this week", MaterialDesignC.CALENDAR_CHECK_OUTLINE),
                figure("figureInbox", "Inbox", MaterialDesignE.EMAIL_OUTLINE));
        figures.getStyleClass().add("figures");
        figures.setPadding(new Insets(12, 12, 4, 12));
        model.figuresProperty().addListener((o, a, f) -> showFigures(figures, f));
        showFigures(figures, model.figuresProperty().get());
        return figures;
    }

    private static VBox figure(String id, String caption, Ikon ikon) {
        Label value = new Label("0", new FontIcon(ikon));
        value.setId(id);
        value.getStyleClass().addAll(Styles.TITLE_3, "figure-value");
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("figure");
        box.setPadding(new Insets(8, 14, 8, 14));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static void showFigures(HBox box, QueueFigures f) {
        value(box, "#figureOverdue").setText(String.valueOf(f.overdue()));
        value(box, "#figureOverdue").pseudoClassStateChanged(OVERDUE, f.overdue() > 0);
        value(box, "#figureDueToday").setText(String.valueOf(f.dueToday()));
        value(box, "#figureAnswered").setText(String.valueOf(f.answeredToday()));
        value(box, "#figureCommitments").setText(String.valueOf(f.commitmentsThisWeek()));
        Label inbox = value(box, "#figureInbox");
        // Synced, the count is the server's inbox; otherwise Promptly's open emails.
        int count = f.synced() != null ? f.synced().messages() : f.openEmails();
        inbox.setText(switch (f.inbox()) {
            case ZERO -> "Zero";
            case FEW -> "A few (" + count + ")";
            case OVER -> "Over (" + count + ")";
        });
        Tooltips.set(inbox, f.synced() == null
                ? "Your open emails in Promptly. Sync your mailbox (File > Mailbox) to count the inbox itself."
                : "At the last sync, " + TimeText.dayAndTime(f.synced().at(), java.time.ZoneId.systemDefault())
                        + ": " + f.synced().messages() + " messages in the inbox, " + f.synced().unread()
                        + " unread, " + f.synced().unanswered() + " unanswered");
        inbox.pseudoClassStateChanged(OVERDUE, f.inbox() == dev.promptly.items.InboxStatus.OVER);
    }

    private static Label value(HBox box, String selector) {
        return (Label) box.lookup(selector);
    }

    private Node toolbar() {
        ComboBox<ItemKind> kind = new ComboBox<>();
        kind.setId("kindFilter");
        kind.getItems().add(null);
        kind.getItems().addAll(ItemKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemKind k) {
                return k == null ? "All kinds" : TimeText.capitalized(k.label());
            }

            @Override
            public ItemKind fromString(String text) {
                return null;
            }
        });
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(list -> new KindCell());
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        kind.setAccessibleText("Show items of one kind");

        ComboBox<StateFilter> state = new ComboBox<>();
        state.setId("stateFilter");
        state.getItems().addAll(StateFilter.values());
        state.valueProperty().bindBidirectional(model.stateFilterProperty());
        state.setAccessibleText("Show items by state");

        search.setId("search");
        search.setPromptText("Search customer or subject");
        search.setAccessibleText("Search customer or subject");
        Tooltips.set(search, Shortcut.SEARCH.tooltip());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(22);

        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(360);
        Button add = button("newItemButton", "_New item", MaterialDesignP.PLUS, Shortcut.NEW_ITEM, model::newItem, null);
        add.getStyleClass().add(Styles.ACCENT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox filters = new HBox(8, kind, state, search, grow, add);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8,
                button("attemptButton", "Log _attempt", MaterialDesignP.PHONE_LOG, Shortcut.LOG_ATTEMPT,
                        model::logAttempt, model.actions().logAttempt),
                button("repliedButton", "_Replied", MaterialDesignE.EMAIL_CHECK_OUTLINE, Shortcut.MARK_REPLIED,
                        model::markReplied, model.actions().markReplied),
                button("completeButton", "_Done", MaterialDesignC.CHECK_BOLD, Shortcut.COMPLETE, model::complete,
                        model.actions().complete),
                button("tellCustomerButton", "_Tell customer", MaterialDesignM.MESSAGE_REPLY_TEXT,
                        Shortcut.TELL_CUSTOMER, model::tellCustomer, model.actions().tellCustomer),
                button("escalateButton", "_Escalate", MaterialDesignA.ACCOUNT_ARROW_RIGHT, Shortcut.ESCALATE,
                        model::escalate, model.actions().escalate),
                button("reopenButton", "Re_open", MaterialDesignR.RESTORE, Shortcut.REOPEN, model::reopen,
                        model.actions().reopen));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox rows = new VBox(8, filters, bar);
        rows.setPadding(new Insets(8, 12, 8, 12));
        return rows;
    }

    private static Button button(String id, String text, Ikon ikon, Shortcut shortcut, Runnable action,
                                 javafx.beans.value.ObservableBooleanValue enabled) {
        Button button = new Button(text, new FontIcon(ikon));
        button.setId(id);
        button.setMnemonicParsing(true);
        Tooltips.set(button, shortcut.tooltip());
        button.setAccessibleHelp(shortcut.tooltip());
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (enabled != null) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        return button;
    }

    private Node table() {
        table.setId("queueTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Nothing here. Inbox zero."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);

        TableColumn<ItemRow, ItemKind> kind = new TableColumn<>("");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().kind()));
        kind.setCellFactory(c -> new KindIconCell());
        kind.setPrefWidth(36);
        kind.setMinWidth(36);
        kind.setMaxWidth(40);
        kind.setSortable(false);

        TableColumn<ItemRow, String> whose = column("For", 84);
        whose.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(TimeText.capitalized(c.getValue().item().priority().label())));
        whose.setMinWidth(86);
        TableColumn<ItemRow, String> customer = column("Customer", 140);
        customer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().customer()));
        TableColumn<ItemRow, String> subject = column("Subject", 200);
        subject.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().subject()));
        TableColumn<ItemRow, String> age = column("Age", 72);
        age.setMinWidth(72);
        age.setCellValueFactory(c -> c.getValue().ageProperty());
        TableColumn<ItemRow, String> left = column("Due", 130);
        left.setMinWidth(130);
        left.setCellValueFactory(c -> c.getValue().timeLeftProperty());
        TableColumn<ItemRow, Number> attempts = new TableColumn<>("Attempts");
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().progress().attempts()));
        attempts.setPrefWidth(92);
        attempts.setMinWidth(92);
        attempts.setSortable(false);
        TableColumn<ItemRow, ItemState> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(150);
        state.setMinWidth(150);
        state.setSortable(false);

        table.getColumns().setAll(java.util.List.of(kind, whose, customer, subject, age, left, attempts, state));
        table.setRowFactory(t -> new StateRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> select(b));
        select(model.selectedProperty().get());
        table.setContextMenu(contextMenu());
        return table;
    }

    private void select(ItemRow row) {
        if (row != table.getSelectionModel().getSelectedItem()) {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
        }
    }

    private static TableColumn<ItemRow, String> column(String title, double width) {
        TableColumn<ItemRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false); // the queue's order is the rule: customer first, then by due time
        return column;
    }

    private ContextMenu contextMenu() {
        return new ContextMenu(
                menuItem("Log attempt…", Shortcut.LOG_ATTEMPT, model::logAttempt, model.actions().logAttempt),
                menuItem("Mark replied", Shortcut.MARK_REPLIED, model::markReplied, model.actions().markReplied),
                menuItem("Complete", Shortcut.COMPLETE, model::complete, model.actions().complete),
                menuItem("Tell the customer it will take longer…", Shortcut.TELL_CUSTOMER, model::tellCustomer,
                        model.actions().tellCustomer),
                menuItem("Escalate…", Shortcut.ESCALATE, model::escalate, model.actions().escalate),
                menuItem("Reopen", Shortcut.REOPEN, model::reopen, model.actions().reopen));
    }

    private static MenuItem menuItem(String text, Shortcut shortcut, Runnable action,
                                     javafx.beans.value.ObservableBooleanValue enabled) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return item;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("message");
        message.textProperty().bind(model.messageProperty());
        Button undo = new Button("_Undo", new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoButton");
        Tooltips.set(undo, Shortcut.UNDO.tooltip());
        undo.getStyleClass().add(Styles.FLAT);
        undo.visibleProperty().bind(model.undoAvailableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undo());
        Label loading = new Label("Loading…");
        loading.visibleProperty().bind(model.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, message, undo, grow, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
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

    /** A kind in the kind filter's list: its icon and name, or "All kinds". */
    private static final class KindCell extends ListCell<ItemKind> {
        private final FontIcon icon = new FontIcon();

        @Override
        protected void updateItem(ItemKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty ? null : kind == null ? "All kinds" : TimeText.capitalized(kind.label()));
            if (!empty && kind != null) {
                icon.setIconCode(Icons.kind(kind));
            }
            setGraphic(empty || kind == null ? null : icon);
        }
    }
}
