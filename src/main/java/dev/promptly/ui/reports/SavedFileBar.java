package dev.promptly.ui.reports;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.Tooltips;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * What the last export did ("Saved promptly-2026-W47-support-berlin.pdf"), with Open and Show in folder, on a line
 * of its own below the summary's heading: in the toolbar its path squeezed the team picker and the export buttons
 * to "…". Shown only while there is something to say.
 */
final class SavedFileBar extends HBox {

    SavedFileBar(ReportsViewModel model) {
        super(8);
        setId("savedFileBar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("reportMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        Button open = button("openSavedFile", "Open", MaterialDesignO.OPEN_IN_APP);
        open.setOnAction(e -> model.openSaved());
        Button folder = button("showSavedFile", "Show in folder", MaterialDesignF.FOLDER_OPEN_OUTLINE);
        folder.setOnAction(e -> model.showSavedInFolder());
        model.savedFileProperty().addListener((o, was, file) -> {
            Tooltips.set(open, file == null ? null : "Open " + file);
            Tooltips.set(folder, file == null ? null : "Show " + parent(file) + " in the file manager");
        });
        for (Button button : new Button[] {open, folder}) {
            button.visibleProperty().bind(model.savedFileProperty().isNotNull());
            button.managedProperty().bind(button.visibleProperty());
        }
        visibleProperty().bind(model.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(message, open, folder);
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Path parent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file : parent;
    }
}
