package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * While a mail sync runs: a spinner and "Syncing mail". Also syncs in the background every few minutes when the rep
 * asked for it and the password is kept.
 */
final class MailSyncLabel {

    private MailSyncLabel() {
    }

    static Node create(ShellViewModel model) {
        Label label = new Label("Syncing mail");
        label.setId("mailSyncing");
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        // The mailbox is there once the store is open, which can be before the window is made or after.
        Runnable followSyncs = () -> {
            if (model.mailbox() != null) {
                label.visibleProperty().bind(model.mailbox().syncingProperty()); // each store has its own
            }
        };
        model.opensProperty().addListener((o, a, opens) -> followSyncs.run());
        followSyncs.run();
        // The spinner is made on the first sync: the window's first frame should not wait for it.
        label.visibleProperty().addListener((o, a, visible) -> {
            if (visible && label.getGraphic() == null) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(16, 16);
                label.setGraphic(spinner);
            }
        });
        int[] minutesSinceSync = {0};
        Timeline every = new Timeline(new KeyFrame(Duration.minutes(1), e -> {
            int wanted = model.mailbox() == null ? 0 : model.mailbox().everyMinutesProperty().get();
            if (wanted > 0 && ++minutesSinceSync[0] >= wanted) {
                minutesSinceSync[0] = 0;
                model.mailbox().syncNow(false);
            }
        }));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        return label;
    }
}
