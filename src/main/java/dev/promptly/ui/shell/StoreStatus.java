package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.StoreLocation;
import dev.promptly.ui.StoreChoice;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Which store is open and whether it is in reach: the status bar, and the banner while the team server is out. */
final class StoreStatus {

    private StoreStatus() {
    }

    /**
     * While the team server is out of reach: a banner saying so, and {@code screen} dimmed as not current. It goes
     * when the server is back and the screen has loaded again.
     */
    static Node outageBanner(ShellViewModel model, Node screen) {
        Label banner = new Label();
        banner.setId("outageBanner");
        banner.setGraphic(new FontIcon(MaterialDesignL.LAN_DISCONNECT));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("outage-banner");
        banner.textProperty().bind(model.outageProperty());
        BooleanBinding out = model.outageProperty().isNotEmpty();
        banner.visibleProperty().bind(out);
        banner.managedProperty().bind(out);
        PseudoClass stale = PseudoClass.getPseudoClass("stale");
        out.addListener((o, a, isOut) -> screen.pseudoClassStateChanged(stale, isOut));
        return banner;
    }

    /** The status bar: which store is open, and on a team server whether what is shown is live. */
    static Node bar(ShellViewModel model) {
        Label store = new Label();
        store.setId("storeStatus");
        FontIcon icon = new FontIcon();
        store.setGraphic(icon);
        Runnable update = () -> {
            StoreLocation location = model.locationProperty().get();
            boolean server = location instanceof StoreLocation.Server;
            icon.setIconCode(server ? MaterialDesignS.SERVER_NETWORK : MaterialDesignD.DESKTOP_CLASSIC);
            String name = TimeText.capitalized(StoreChoice.name(location));
            ShellViewModel.Screen screen = model.screenProperty().get();
            // No store open yet (or none could be): nothing is live, whatever the store.
            store.setText(screen == ShellViewModel.Screen.OPENING ? name + " · opening…"
                    : screen == ShellViewModel.Screen.FAILED ? name + (server ? " · not connected" : " · not open")
                    : !server ? name + " · only you see this store"
                    : model.outageProperty().get().isEmpty() ? name + " · live: changes by others show as they are made"
                    : name + " · out of reach: not current, reconnecting…");
        };
        model.locationProperty().addListener((o, a, b) -> update.run());
        model.outageProperty().addListener((o, a, b) -> update.run());
        model.screenProperty().addListener((o, a, b) -> update.run());
        update.run();
        Tooltips.set(store, "File > Connect to team server… or File > Use this computer only to change it");
        store.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(store);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 12, 3, 12));
        bar.getStyleClass().add("store-bar");
        return bar;
    }
}
