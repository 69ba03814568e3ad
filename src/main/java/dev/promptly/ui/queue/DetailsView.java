package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The selected item: who the customer is, what matters to them, why it is due when it is, and what happened. */
final class DetailsView extends VBox {

    private static final String NO_HISTORY = "Select an item to see its history.";
    private static final double MIN_WIDTH = 250;
    private static final double MAX_WIDTH = 420;

    /**
     * Keeps the details beside the queue about a quarter of the split's width, between 250 and 420 px: on a laptop
     * the table needs every pixel to show subjects whole, on a wide screen the extra width goes to the table.
     */
    static void keepBeside(SplitPane split, DetailsView details) {
        SplitPane.setResizableWithParent(details, false);
        split.widthProperty().addListener((o, was, width) -> {
            double w = width.doubleValue();
            if (w > 0) {
                double wanted = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w * 0.24));
                // After the split's own layout for the new width, which would otherwise keep the old position.
                javafx.application.Platform.runLater(() -> split.setDividerPositions(1 - wanted / w));
            }
        });
    }

    DetailsView(DetailsViewModel model) {
        super(8);
        getStyleClass().add("details");
        setPadding(new Insets(12));
        Label customer = new Label();
        customer.setId("detailCustomer");
        customer.getStyleClass().add(Styles.TITLE_4);
        customer.textProperty().bind(model.customerProperty());
        customer.setWrapText(true);

        Label contact = new Label();
        contact.setId("detailContact");
        // Phone and email on lines of their own when they do not fit side by side; an address is never cut mid-word.
        contact.textProperty().bind(Bindings.createStringBinding(() -> ContactLines.fit(model.contactProperty().get(),
                contact.getWidth() - contact.snappedLeftInset() - contact.snappedRightInset(), contact.getFont()),
                model.contactProperty(), contact.widthProperty(), contact.fontProperty()));
        contact.setWrapText(true);

        Label hotButtons = new Label();
        hotButtons.setId("detailHotButtons");
        hotButtons.setGraphic(new FontIcon(MaterialDesignA.ALERT_DECAGRAM_OUTLINE));
        hotButtons.getStyleClass().add("hot-buttons");
        hotButtons.setWrapText(true);
        hotButtons.textProperty().bind(model.hotButtonsProperty());
        hotButtons.visibleProperty().bind(model.hotButtonsProperty().isNotEmpty());
        hotButtons.managedProperty().bind(hotButtons.visibleProperty());
        hotButtons.setAccessibleRoleDescription("What matters most to this customer");

        Label due = new Label();
        due.setId("detailDue");
        due.setWrapText(true);
        due.textProperty().bind(model.dueExplanationProperty());

        Label historyTitle = new Label("History");
        historyTitle.getStyleClass().add(Styles.TEXT_BOLD);
        for (Label label : new Label[] {customer, contact, hotButtons, due}) {
            label.setMinHeight(Region.USE_PREF_SIZE); // let wrapped text take the lines it needs
            label.setMaxWidth(Double.MAX_VALUE);
        }
        setMinWidth(MIN_WIDTH);
        getChildren().addAll(customer, contact, hotButtons, due, historyTitle);
        showHistoryOnceThereIsOne(model);
    }

    /**
     * The history list is made when there is first a history to show: with its skin it is the costliest control of
     * the queue screen, and the window's first frame does without it.
     */
    private void showHistoryOnceThereIsOne(DetailsViewModel model) {
        Label none = new Label(NO_HISTORY);
        getChildren().add(none);
        InvalidationListener firstHistory = new InvalidationListener() {
            @Override
            public void invalidated(Observable entries) {
                if (!model.timeline().isEmpty()) {
                    model.timeline().removeListener(this);
                    getChildren().set(getChildren().indexOf(none), timeline(model));
                }
            }
        };
        model.timeline().addListener(firstHistory);
        firstHistory.invalidated(model.timeline());
    }

    private static ListView<TimelineEntry> timeline(DetailsViewModel model) {
        ListView<TimelineEntry> timeline = new ListView<>(model.timeline());
        timeline.setId("timeline");
        timeline.setFocusTraversable(true);
        timeline.setPlaceholder(new Label(NO_HISTORY));
        timeline.setCellFactory(list -> new EntryCell());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return timeline;
    }

    private static final class EntryCell extends ListCell<TimelineEntry> {
        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label when = new Label(entry.when());
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label what = new Label(entry.what() + (entry.who().isEmpty() ? "" : " · " + entry.who()));
            what.setWrapText(true);
            // Wrapped text only takes the lines it needs when its width is known before the cell is sized.
            what.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            what.setMinHeight(Region.USE_PREF_SIZE);
            if (entry.undone()) {
                what.getStyleClass().add("undone");
                what.setText(what.getText() + " (undone)");
            }
            VBox line = new VBox(2, when, what);
            setGraphic(line);
            setText(null);
        }
    }
}
