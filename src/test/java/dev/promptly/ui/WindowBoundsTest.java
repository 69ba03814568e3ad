package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window opens inside the screen's visible area, whatever was remembered. */
class WindowBoundsTest {

    /** A 1366x768 laptop with a 28 px panel at the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 28, 1366, 740);

    @Test
    void aFirstStartIsCentredAndNoLargerThanTheScreen() {
        Rectangle2D bounds = DesktopApp.WindowBounds.fit(LAPTOP, null, 1320, 820);

        assertThat(bounds).isEqualTo(new Rectangle2D(23, 28, 1320, 740));
    }

    @Test
    void aRememberedPlaceStaysWhereItFitsAndIsMovedBackInsideWhereItSticksOut() {
        assertThat(DesktopApp.WindowBounds.fit(LAPTOP, new Rectangle2D(10, 40, 800, 600), 800, 600))
                .isEqualTo(new Rectangle2D(10, 40, 800, 600));
        assertThat(DesktopApp.WindowBounds.fit(LAPTOP, new Rectangle2D(900, 300, 800, 600), 800, 600))
                .as("the right and bottom edges come back onto the screen")
                .isEqualTo(new Rectangle2D(566, 168, 800, 600));
        assertThat(DesktopApp.WindowBounds.fit(LAPTOP, new Rectangle2D(0, 0, 1920, 1080), 1920, 1080))
                .as("a size remembered on a larger screen").isEqualTo(LAPTOP);
    }
}
