package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void remembersTheChoiceAndToleratesWhatItDoesNotKnow() {
        Settings settings = Settings.inMemory();
        assertThat(Theme.remembered(settings)).isEqualTo(Theme.LIGHT);

        Theme.DARK.remember(settings);
        assertThat(Theme.remembered(settings)).isEqualTo(Theme.DARK);

        settings.put("theme", "dark");
        assertThat(Theme.remembered(settings)).as("edited by hand").isEqualTo(Theme.DARK);

        settings.put("theme", "solarized");
        assertThat(Theme.remembered(settings)).as("from a later version").isEqualTo(Theme.LIGHT);
    }
}
