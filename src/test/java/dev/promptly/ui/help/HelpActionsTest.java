package dev.promptly.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.StoreLocation;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.ManualTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > User guide: the page is written and handed to the browser; only if none took it is the user told where it is. */
class HelpActionsTest {

    @TempDir
    Path folder;

    private FakeDialogs userGuide(boolean browserTakesPages) {
        ManualTaskRunner tasks = new ManualTaskRunner();
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.browserTakesPages = browserTakesPages;
        new HelpActions(tasks, dialogs, () -> new StoreLocation.File(folder.resolve("s.db")), () -> folder)
                .userGuide();
        tasks.runAll();
        return dialogs;
    }

    @Test
    void aBrowserThatTakesTheGuideIsAllTheUserSees() {
        FakeDialogs dialogs = userGuide(true);

        assertThat(dialogs.handedToBrowser).singleElement().satisfies(page -> {
            assertThat(page.getFileName()).hasToString("user-guide.html");
            assertThat(page).isNotEmptyFile();
        });
        assertThat(dialogs.toldWhere).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void withoutABrowserTheUserIsToldWhereTheGuideIs() {
        FakeDialogs dialogs = userGuide(false);

        assertThat(dialogs.toldWhere).hasSize(1).containsExactlyElementsOf(dialogs.handedToBrowser);
    }
}
