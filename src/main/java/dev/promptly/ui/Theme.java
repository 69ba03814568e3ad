package dev.promptly.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark, applied to the whole application and remembered in the settings. */
public enum Theme {
    LIGHT, DARK;

    static final String KEY = "theme";

    /** The theme last given to the toolkit, whose stylesheet is application-wide state too. */
    private static volatile Theme applied;

    /**
     * Makes this the application's theme, unless it already is: loading a theme's stylesheet takes a noticeable
     * part of start-up. From a thread other than JavaFX's, the toolkit applies it on its own thread, later.
     */
    public void apply() {
        if (applied == this) {
            return;
        }
        applied = this;
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** The theme last chosen; light when none was, or when the setting holds something this version does not know. */
    public static Theme remembered(Settings settings) {
        String saved = settings.get(KEY).orElse("");
        return java.util.Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(saved)).findFirst()
                .orElse(LIGHT);
    }

    public void remember(Settings settings) {
        settings.put(KEY, name());
    }
}
