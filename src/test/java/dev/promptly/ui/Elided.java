package dev.promptly.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds the words a window cuts short: every shown label, button, header and table cell whose drawn text is not its
 * text (JavaFX draws "Collea…" for "Colleague" when there is no room), and every empty field whose prompt runs past
 * its edge (a squeezed field shows "Compan" for "Company", without any dots).
 */
final class Elided {

    private Elided() {
    }

    /** Each shown, cut text under {@code root} as "full text -> drawn text". Call on the FX thread. */
    static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, root, cut);
        return cut;
    }

    private static void collect(Node node, Node root, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && shown(labeled, root)) {
            String full = labeled.getText() == null ? "" : labeled.getText();
            if (labeled.isMnemonicParsing()) {
                full = full.replaceFirst("_(?=.)", "");
            }
            Text drawnNode = drawnText(labeled);
            String drawn = drawnNode == null ? null : drawnNode.getText();
            String name = labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId());
            if (!full.isEmpty() && drawn != null && !drawn.equals(full)) {
                cut.add(name + ": \"" + full + "\" -> \"" + drawn + "\"");
            } else if (!full.isEmpty() && drawn != null && clippedSideways(drawnNode)) {
                cut.add(name + ": \"" + full + "\" runs out of sight to the side, at "
                        + drawnNode.localToScene(drawnNode.getLayoutBounds()));
            }
        }
        if (node instanceof TextInputControl input && input.getText() != null && input.getText().isEmpty()
                && input.getPromptText() != null && !input.getPromptText().isEmpty() && shown(input, root)) {
            Text prompt = promptText(input, input.getPromptText());
            if (prompt != null && clippedSideways(prompt)) {
                String name = input.getClass().getSimpleName() + (input.getId() == null ? "" : "#" + input.getId());
                cut.add(name + ": prompt \"" + input.getPromptText() + "\" is cut at the field's edge, at "
                        + prompt.localToScene(prompt.getLayoutBounds()));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, root, cut);
            }
        }
    }

    /** The text of the labeled's own text node (a LabeledText), as drawn; null when it draws none. */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text") && child.isVisible()) {
                return text;
            }
        }
        return null;
    }

    /** The node that draws a field's prompt: a text with the prompt's words, inside the field's skin. */
    private static Text promptText(Node node, String prompt) {
        if (node instanceof Text text && prompt.equals(text.getText()) && text.isVisible()) {
            return text;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Text found = promptText(child, prompt);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Drawn partly hidden left or right by a clipping container, as in a table whose columns do not fit. */
    private static boolean clippedSideways(Text drawn) {
        Bounds bounds = drawn.localToScene(drawn.getLayoutBounds());
        for (Node up = drawn.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (bounds.getMinX() < clip.getMinX() - 0.5 || bounds.getMaxX() > clip.getMaxX() + 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Laid out with some size, and at least partly inside the window (a virtual flow keeps spare cells aside). */
    private static boolean shown(Region labeled, Node root) {
        if (labeled.getWidth() <= 0 || labeled.getHeight() <= 0 || labeled.getScene() == null) {
            return false;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        Bounds window = root.localToScene(root.getLayoutBounds());
        return bounds.intersects(window);
    }
}
