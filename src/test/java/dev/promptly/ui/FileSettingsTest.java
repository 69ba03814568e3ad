package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's settings file: what is put is there at the next start, and an earlier version's settings come along. */
class FileSettingsTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("config").resolve("settings.properties");
    }

    @Test
    void whatIsPutIsReadAgainAtTheNextStartAndWhatIsRemovedIsGone() {
        FileSettings first = FileSettings.open(file(), Map::of);
        first.put("theme", "DARK");
        first.put("rep.email", "anna@x.example");
        first.put("window.width", "1200.0");
        first.remove("window.width");
        first.flush();

        FileSettings next = FileSettings.open(file(), () -> Map.of("theme", "LIGHT"));

        assertThat(next.get("theme")).contains("DARK");
        assertThat(next.get("rep.email")).contains("anna@x.example");
        assertThat(next.get("window.width")).isEmpty();
    }

    @Test
    void theFirstStartTakesOverWhatAnEarlierVersionKeptAndWritesIt() throws Exception {
        FileSettings first = FileSettings.open(file(), () -> Map.of("rep.email", "ben@x.example"));
        assertThat(first.get("rep.email")).contains("ben@x.example");
        first.flush();

        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).contains("rep.email=ben@x.example");
        assertThat(FileSettings.open(file(), Map::of).get("rep.email")).contains("ben@x.example");
    }

    @Test
    void valuesWithCharactersPropertiesEscapeComeBackAsTheyWere() {
        FileSettings first = FileSettings.open(file(), Map::of);
        first.put("mailbox.folder", "Gesendete Objekte: ü = ✓ \\ #1");
        first.flush();

        assertThat(FileSettings.open(file(), Map::of).get("mailbox.folder")).contains("Gesendete Objekte: ü = ✓ \\ #1");
    }

    @Test
    void anUnreadableFileStartsFromTheDefaultsAndIsWrittenAnewOnTheNextChange() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {(byte) 0xC3, (byte) 0x28, '=', '\\', 'u', 'Z', 'Z'});

        FileSettings settings = FileSettings.open(file(), Map::of);
        assertThat(settings.get("theme")).isEmpty();
        settings.put("theme", "DARK");
        settings.flush();

        assertThat(FileSettings.open(file(), Map::of).get("theme")).contains("DARK");
    }

    @Test
    void earlierSettingsAreLookedForOnceEvenWhenThereWereNone() {
        int[] looked = {0};
        FileSettings.open(file(), () -> {
            looked[0]++;
            return Map.of();
        }).flush();
        FileSettings.open(file(), () -> {
            looked[0]++;
            return Map.of();
        });

        assertThat(looked[0]).isEqualTo(1);
        assertThat(file()).exists();
    }
}
