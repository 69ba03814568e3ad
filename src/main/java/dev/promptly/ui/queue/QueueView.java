package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import dev.promptly.items.ItemKind;
import dev.promptly.ui.FocusWhenShown;
import dev.promptly.ui.Icons;
import dev.promptly.ui.Shortcut;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The rep's queue: today's figures, filters, the table of items, the details of the selected one, the actions. */
public final class QueueView extends BorderPane {

    /** States are refreshed at least this often, so "time left" is never more than a minute stale. */
    private static final Duration TICK = Duration.seconds(30);

    /** An action on the selected row, offered as a button and in the table's context menu. */
    private record RowAction(String buttonId, String buttonText, String menuText, Ikon ikon, Shortcut shortcut,
                             Runnable run, ObservableBooleanValue enabled) {
    }

    private final QueueViewModel model;
    private final QueueTable table;
    private final TextField search = new TextField();
    private java.util.function.Consumer<String> findEverywhere = typed -> { };
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));

    public QueueView(QueueViewModel model, DetailsViewModel details) {
        this.model = model;
        this.table = new QueueTable(model);
        List<RowAction> actions = rowActions();
        table.setContextMenu(new ContextMenu(actions.stream().map(QueueView::menuItem).toArray(MenuItem[]::new)));
        RowMenuKeys.install(table);
        getStyleClass().add("queue");
        setTop(new VBox(new QueueFiguresBar(model), toolbar(actions)));
        DetailsView detailsView = new DetailsView(details);
        SplitPane split = new SplitPane(table, detailsView);
        split.setDividerPositions(0.76);
        DetailsView.keepBeside(split, detailsView);
        setCenter(split);
        setBottom(statusBar());
        model.selectedProperty().addListener((o, a, b) -> details.show(b));
        details.show(model.selectedProperty().get()); // at start-up the queue can be loaded before its view is made
        ticker.setCycleCount(Animation.INDEFINITE);
        // Tick only while shown, so a hidden queue costs nothing.
        sceneProperty().addListener((o, was, is) -> {
            if (is == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        // Shown (at start-up, or again from the sidebar): the keys work the queue straight away. The table's own scene
        // is watched, not this view's: the split pane's skin puts the table in the scene only at its first layout.
        FocusWhenShown.install(table);
    }

    /** Brings states and times up to date now; the view also does this every 30 seconds. */
    public void tick() {
        model.tick();
        table.refresh();
    }

    /** What "Find in the whole team…" beside the search does with the search's text. */
    public void onFindEverywhere(java.util.function.Consumer<String> find) {
        findEverywhere = find;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private List<RowAction> rowActions() {
        QueueActions enabled = model.actions();
        return List.of(
                new RowAction("attemptButton", "Log _attempt", "Log attempt…", MaterialDesignP.PHONE_LOG,
                        Shortcut.LOG_ATTEMPT, model::logAttempt, enabled.logAttempt),
                new RowAction("repliedButton", "_Replied", "Mark replied", MaterialDesignE.EMAIL_CHECK_OUTLINE,
                        Shortcut.MARK_REPLIED, model::markReplied, enabled.markReplied),
                new RowAction("completeButton", "_Done", "Complete", MaterialDesignC.CHECK_BOLD,
                        Shortcut.COMPLETE, model::complete, enabled.complete),
                new RowAction("tellCustomerButton", "_Tell customer", "Tell the customer it will take longer…",
                        MaterialDesignM.MESSAGE_REPLY_TEXT, Shortcut.TELL_CUSTOMER, model::tellCustomer,
                        enabled.tellCustomer),
                new RowAction("escalateButton", "_Escalate", "Escalate…", MaterialDesignA.ACCOUNT_ARROW_RIGHT,
                        Shortcut.ESCALATE, model::escalate, enabled.escalate),
                new RowAction("reopenButton", "Re_open", "Reopen", MaterialDesignR.RESTORE, Shortcut.REOPEN,
                        model::reopen, enabled.reopen),
                new RowAction("noteButton", "_Note", "Add a note…", MaterialDesignN.NOTE_TEXT_OUTLINE,
                        Shortcut.NOTE, model::addNote, enabled.addNote),
                new RowAction("editButton", "Ed_it", "Edit…", MaterialDesignP.PENCIL, Shortcut.EDIT, model::edit,
                        enabled.edit));
    }

    private Node toolbar(List<RowAction> actions) {
        ComboBox<ItemKind> kind = new ComboBox<>();
        kind.setId("kindFilter");
        kind.getItems().add(null);
        kind.getItems().addAll(ItemKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemKind k) {
                return kindText(k);
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
        search.setPromptText("Name, company, phone, email, subject");
        search.setAccessibleText("Search customer name, company, email, phone or subject");
        Tooltips.set(search, Shortcut.SEARCH.tooltip());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(22);
        // A filter, not a handler: Escape empties a search before anything else may take it; an empty search lets
        // it pass on.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                model.searchProperty().set("");
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !e.isShortcutDown() && !e.isAltDown()) {
                table.requestFocus(); // from the search down to what it found
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(360);

        Hyperlink everywhere = new Hyperlink("Find in the whole team…");
        everywhere.setId("findEverywhere");
        Tooltips.set(everywhere, Shortcut.FIND_CUSTOMER.tooltip());
        everywhere.setOnAction(e -> findEverywhere.accept(search.getText()));
        everywhere.visibleProperty().bind(search.textProperty().isNotEmpty());
        everywhere.managedProperty().bind(everywhere.visibleProperty());
        everywhere.setMinWidth(Region.USE_PREF_SIZE);

        Button add = button("newItemButton", "_New item", MaterialDesignP.PLUS, Shortcut.NEW_ITEM, model::newItem);
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(Bindings.not(model.actions().newItem));
        HBox filters = new HBox(8, kind, state, search, everywhere, grower(), add);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, actions.stream().map(QueueView::button).toArray(Node[]::new));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox rows = new VBox(8, filters, bar);
        rows.setPadding(new Insets(8, 12, 8, 12));
        return rows;
    }

    private static Button button(RowAction action) {
        Button button = button(action.buttonId(), action.buttonText(), action.ikon(), action.shortcut(), action.run());
        button.disableProperty().bind(Bindings.not(action.enabled()));
        return button;
    }

    private static Button button(String id, String text, Ikon ikon, Shortcut shortcut, Runnable action) {
        Button button = new Button(text, new FontIcon(ikon));
        button.setId(id);
        button.setMnemonicParsing(true);
        Tooltips.set(button, shortcut.tooltip());
        button.setAccessibleHelp(shortcut.tooltip());
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static MenuItem menuItem(RowAction action) {
        MenuItem item = new MenuItem(action.menuText());
        item.setAccelerator(action.shortcut().keys());
        item.setOnAction(e -> action.run().run());
        item.disableProperty().bind(Bindings.not(action.enabled()));
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
        Label hidden = new Label();
        hidden.setId("hiddenMatches");
        hidden.textProperty().bind(model.hiddenMatchesProperty());
        HBox bar = new HBox(8, message, undo, grower(), hidden, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Region grower() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }

    private static String kindText(ItemKind kind) {
        return kind == null ? "All kinds" : TimeText.capitalized(kind.label());
    }

    /** A kind in the kind filter's list: its icon and name, or "All kinds". */
    private static final class KindCell extends ListCell<ItemKind> {
        private final FontIcon icon = new FontIcon();

        @Override
        protected void updateItem(ItemKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty ? null : kindText(kind));
            if (!empty && kind != null) {
                icon.setIconCode(Icons.kind(kind));
            }
            setGraphic(empty || kind == null ? null : icon);
        }
    }
}
