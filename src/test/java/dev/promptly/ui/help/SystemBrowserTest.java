package dev.promptly.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's page goes to the system's opener, a real process standing in for xdg-open; when there is no opener, or
 * it finds no browser (xdg-open's exit status 3), the answer is false, so the user is told where the page is.
 */
class SystemBrowserTest {

    private static final URI PAGE = URI.create("file:///tmp/promptly-guide/user-guide.html");

    @TempDir
    Path folder;

    private static SystemBrowser onLinux(String... opener) {
        return new SystemBrowser(List.of(opener), uri -> {
            throw new AssertionError("not on Linux");
        }, true);
    }

    @Test
    void anOpenerThatTakesThePageIsGivenItsAddress() throws Exception {
        Path handed = folder.resolve("handed.txt");

        boolean shown = onLinux("sh", "-c", "printf %s \"$1\" > '" + handed + "'", "xdg-open").open(PAGE);

        assertThat(shown).isTrue();
        assertThat(Files.readString(handed)).isEqualTo(PAGE.toString());
    }

    @Test
    void anOpenerThatFindsNoBrowserOrNoOpenerAtAllMeansThePageWasNotShown() {
        assertThat(onLinux("sh", "-c", "exit 3", "xdg-open").open(PAGE)).isFalse();
        assertThat(onLinux(folder.resolve("no-such-opener").toString()).open(PAGE)).isFalse();
    }

    @Test
    void elsewhereThePlatformsOwnWayIsUsed() {
        List<String> handed = new ArrayList<>();

        boolean shown = new SystemBrowser(List.of("xdg-open"), handed::add, false).open(PAGE);

        assertThat(shown).isTrue();
        assertThat(handed).containsExactly(PAGE.toString());
    }
}
