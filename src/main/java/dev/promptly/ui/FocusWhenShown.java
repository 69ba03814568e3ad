package dev.promptly.ui;

import javafx.application.Platform;
import javafx.scene.Node;

/** A screen's main control takes the focus whenever the screen is shown, not a top-bar button left holding it. */
public final class FocusWhenShown {

    private FocusWhenShown() {
    }

    /** {@code node} asks for the focus each time it is put into a scene (shown from the sidebar or by its key). */
    public static <N extends Node> N install(N node) {
        node.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                Platform.runLater(node::requestFocus);
            }
        });
        return node;
    }
}
