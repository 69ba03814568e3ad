package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The selected item: who the customer is, what matters to them, why it is due when it is, and what happened. */
final class DetailsView extends VBox {

    private static final String NO_HISTORY = "Select an item to see its history.";

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
        contact.textProperty().bind(model.contactProperty());
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
        setMinWidth(260);
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
