package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.StoreLocation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which store the desktop opens at start, and how the window names it. */
class StoreChoiceTest {

    private final Settings settings = Settings.inMemory();

    @Test
    void aRememberedTeamServerIsOpenedWhenNothingElseIsNamed() {
        settings.put(StoreChoice.KEY, "postgresql://anna@db.example/team");

        assertThat(StoreChoice.atStart(null, Map.of(), settings))
                .isEqualTo(new StoreLocation.Server("db.example", 5432, "team", "anna", Map.of()));
    }

    @Test
    void dbAndPromptlyDbGoBeforeTheRememberedServer() {
        settings.put(StoreChoice.KEY, "postgresql://anna@db.example/team");

        assertThat(StoreChoice.atStart("/tmp/mine.db", Map.of(), settings))
                .isEqualTo(new StoreLocation.File(Path.of("/tmp/mine.db")));
        assertThat(StoreChoice.atStart(null, Map.of("PROMPTLY_DB", "/tmp/env.db"), settings))
                .isEqualTo(new StoreLocation.File(Path.of("/tmp/env.db")));
    }

    @Test
    void withNothingRememberedItIsThisComputersFile() {
        assertThat(StoreChoice.atStart(null, Map.of(), settings)).isEqualTo(StoreLocation.defaultFile());
    }

    @Test
    void aSettingThatNoLongerReadsIsForgotten() {
        settings.put(StoreChoice.KEY, "ftp://nonsense");

        assertThat(StoreChoice.atStart(null, Map.of(), settings)).isEqualTo(StoreLocation.defaultFile());
        assertThat(settings.get(StoreChoice.KEY)).isEmpty();
    }

    @Test
    void rememberingThisComputerForgetsTheServer() {
        StoreChoice.remember(new StoreLocation.Server("db.example", 5432, "team", "anna", Map.of()), settings);
        assertThat(settings.get(StoreChoice.KEY)).contains("postgresql://anna@db.example:5432/team");

        StoreChoice.remember(StoreLocation.defaultFile(), settings);
        assertThat(settings.get(StoreChoice.KEY)).isEmpty();
    }

    @Test
    void namesTheStoreForTheTitle() {
        assertThat(StoreChoice.name(new StoreLocation.Server("db.example", 5432, "team", "anna", Map.of())))
                .isEqualTo("team server db.example/team");
        assertThat(StoreChoice.name(new StoreLocation.Server("db.example", 6543, "team", "anna", Map.of())))
                .isEqualTo("team server db.example:6543/team");
        assertThat(StoreChoice.name(StoreLocation.defaultFile())).isEqualTo("this computer");
        assertThat(StoreChoice.name(new StoreLocation.File(Path.of("/tmp/other.db"))))
                .isEqualTo("this computer (other.db)");
    }
}
