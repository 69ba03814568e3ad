package dev.promptly.ui.help;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a page the application wrote in the system's browser, and says whether that worked, so that the user is
 * told where the page is when it did not. Called off the JavaFX thread: on Linux it waits for the opener to answer.
 *
 * <p>On Linux, JavaFX's {@code HostServices.showDocument} fails without a word when no browser is registered (it
 * only logs "No application is registered"); {@code xdg-open}, which desktops provide for exactly this, reports it
 * in its exit status. Elsewhere {@code HostServices} is the platform's own way and is used as it is.
 */
public final class SystemBrowser {

    /** How long {@code xdg-open} may take to hand the page over; a browser that keeps it waiting has it open. */
    private static final long ANSWER_SECONDS = 10;

    private final List<String> linuxOpener;
    private final Consumer<String> hostServices;
    private final boolean linux;

    /** @param hostServices {@code HostServices::showDocument}, run on the JavaFX thread by the caller's choice */
    public static SystemBrowser of(Consumer<String> hostServices) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return new SystemBrowser(List.of("xdg-open"), hostServices, linux);
    }

    SystemBrowser(List<String> linuxOpener, Consumer<String> hostServices, boolean linux) {
        this.linuxOpener = List.copyOf(linuxOpener);
        this.hostServices = hostServices;
        this.linux = linux;
    }

    /** True when the page was handed to a browser; false when there is none to hand it to. */
    public boolean open(URI page) {
        if (!linux) {
            hostServices.accept(page.toString());
            return true;
        }
        List<String> command = new ArrayList<>(linuxOpener);
        command.add(page.toString());
        try {
            Process opener = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return !opener.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS) || opener.exitValue() == 0;
        } catch (IOException noOpener) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
