package dev.promptly.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The application shell. It shows the open store for now; the queue, board and reports arrive in it later. */
final class MainWindow extends BorderPane {

    private final MainViewModel viewModel;

    MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label("Promptly", new FontIcon(MaterialDesignP.PHONE_RETURN));
        title.getStyleClass().add(Styles.TITLE_2);
        Label status = new Label();
        status.setId("storeStatus");
        status.textProperty().bind(viewModel.statusProperty());
        Label location = new Label("Store: " + viewModel.storeFile());
        location.setId("storeLocation");
        location.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(12, title, status, location);
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(24));
        setCenter(content);
    }

    MainViewModel viewModel() {
        return viewModel;
    }
}
