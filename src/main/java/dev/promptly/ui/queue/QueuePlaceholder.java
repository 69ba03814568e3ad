package dev.promptly.ui.queue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the empty table says: "Inbox zero" only when there is truly no work; when a search or filter hides
 * everything, that nothing matches, what the state filter hides, and a way back to the rows.
 */
final class QueuePlaceholder extends VBox {

    static final String EMPTY = "Nothing here. Inbox zero.";
    static final String NO_MATCH = "No items match";

    QueuePlaceholder(QueueViewModel model) {
        super(6);
        setId("queuePlaceholder");
        setAlignment(Pos.CENTER);
        Label text = new Label();
        text.setId("placeholderText");
        text.textProperty().bind(Bindings.when(model.narrowedProperty()).then(NO_MATCH).otherwise(EMPTY));

        Label hidden = new Label();
        hidden.setId("placeholderHidden");
        hidden.textProperty().bind(model.hiddenMatchesProperty());
        hidden.visibleProperty().bind(model.hiddenMatchesProperty().isNotEmpty());
        hidden.managedProperty().bind(hidden.visibleProperty());

        Hyperlink clear = new Hyperlink();
        clear.setId("clearSearch");
        // With a search, clearing it is the way back; with only filters, resetting them is.
        clear.textProperty().bind(Bindings.when(model.searchProperty().isEmpty())
                .then("Clear filters").otherwise("Clear search"));
        clear.visibleProperty().bind(model.narrowedProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> model.clearSearch());
        getChildren().setAll(text, hidden, clear);
    }
}
