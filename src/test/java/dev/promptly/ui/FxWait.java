package dev.promptly.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, as a person would, for background work to show in the window. */
public final class FxWait {

    private FxWait() {
    }

    /** Until {@code condition} holds (at most 10 seconds), then until the FX thread has drawn it. */
    public static void until(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
