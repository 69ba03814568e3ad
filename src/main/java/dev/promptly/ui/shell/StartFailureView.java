package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.StoreLocation;
import dev.promptly.ui.shell.StartFailure.Kind;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The window when the store did not open at start-up: why, what to do, "Try again", and the other stores. While the
 * team server is out of reach it tries again by itself every few seconds, as the window does after a mid-session
 * outage, so a server that comes back is used without a click.
 */
final class StartFailureView extends VBox {

    /** How often to try a team server that was out of reach: often enough to feel prompt, cheap for the server. */
    static final Duration RETRY_EVERY = Duration.seconds(5);

    private final Timeline retry;

    StartFailureView(ShellViewModel model) {
        super(12);
        setId("startFailure");
        setPadding(new Insets(32));
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(720);
        StartFailure failure = model.startFailure();

        Label problem = new Label();
        problem.setId("shellStatus");
        problem.setWrapText(true);
        problem.textProperty().bind(failure.problemProperty());
        problem.getStyleClass().add(Styles.TITLE_4);

        Label hint = new Label();
        hint.setId("startHint");
        hint.setWrapText(true);
        boolean server = model.location() instanceof StoreLocation.Server;
        hint.textProperty().bind(Bindings.createStringBinding(() -> hint(failure.kindProperty().get(), server),
                failure.kindProperty()));

        Button again = new Button();
        again.textProperty().bind(Bindings.when(failure.retryingProperty()).then("Trying again…").otherwise("Try again"));
        again.setId("startRetry");
        again.setDefaultButton(true);
        again.disableProperty().bind(failure.retryingProperty());
        again.setOnAction(e -> model.retryOpen());
        Button connect = new Button("Connect to team server…");
        connect.setId("startConnect");
        connect.setOnAction(e -> model.connectToServer());
        Button local = new Button("Use this computer only");
        local.setId("startThisComputer");
        local.setOnAction(e -> model.useThisComputer());
        HBox buttons = new HBox(8, again, connect);
        if (server) {
            buttons.getChildren().add(local);
        }
        getChildren().addAll(problem, hint, buttons);

        retry = new Timeline(new KeyFrame(RETRY_EVERY, e -> model.retryOpen()));
        retry.setCycleCount(Timeline.INDEFINITE);
        // Only while shown and only for a server out of reach: a wrong password or a damaged file stays as it is.
        Runnable follow = () -> {
            if (getScene() != null && failure.kindProperty().get() == Kind.UNREACHABLE) {
                retry.play();
            } else {
                retry.stop();
            }
        };
        sceneProperty().addListener((o, a, b) -> follow.run());
        failure.kindProperty().addListener((o, a, b) -> follow.run());
        follow.run();
    }

    private static String hint(Kind kind, boolean server) {
        String elsewhere = server ? " Or open another store: File › Connect to team server…, or File › Use this "
                + "computer only to work on your own." : "";
        return switch (kind) {
            case UNREACHABLE -> "Promptly tries again every " + (int) RETRY_EVERY.toSeconds() + " seconds and opens "
                    + "the team store as soon as the server answers." + elsewhere;
            case PASSWORD -> "Type the password in File › Connect to team server… (Connect below)." + elsewhere;
            case OTHER -> server ? "Check the address with your administrator." + elsewhere : "";
        };
    }
}
