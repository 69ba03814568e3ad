package dev.promptly.ui;

import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.sla.ItemState;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The icons that stand for kinds and states, so that state is never told by colour alone. */
public final class Icons {

    private Icons() {
    }

    /**
     * Loads the icon font, and the tables JavaFX lays icons out with (each icon is a character beyond the Basic
     * Multilingual Plane, which takes the bidirectional algorithm), so that the first frame does not have to. Runs
     * before the window is made, off the JavaFX thread, on an icon in no scene.
     */
    public static void prepare() {
        new FontIcon(kind(ItemKind.CALLBACK)).getLayoutBounds();
    }

    public static Ikon kind(ItemKind kind) {
        return switch (kind) {
            case CALLBACK -> MaterialDesignP.PHONE_RETURN;
            case EMAIL -> MaterialDesignE.EMAIL_OUTLINE;
            case COMMITMENT -> MaterialDesignH.HANDSHAKE_OUTLINE;
            case FOLLOW_UP -> MaterialDesignP.PHONE_OUTGOING;
        };
    }

    /** Whose work an item is: the customer's, the company's, one's own. */
    public static Ikon priority(Priority priority) {
        return switch (priority) {
            case CUSTOMER -> MaterialDesignA.ACCOUNT;
            case COMPANY -> MaterialDesignO.OFFICE_BUILDING_OUTLINE;
            case SELF -> MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE;
        };
    }

    public static Ikon state(ItemState state) {
        return switch (state) {
            case OVERDUE -> MaterialDesignA.ALERT_CIRCLE;
            case DUE_SOON -> MaterialDesignC.CLOCK_ALERT_OUTLINE;
            case INFORMED -> MaterialDesignM.MESSAGE_REPLY_TEXT;
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case DONE_ON_TIME -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case DONE_LATE -> MaterialDesignC.CHECK_CIRCLE;
        };
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    /** How a state reads in the queue: "Overdue", "Due soon", "Customer told"... */
    public static String stateText(ItemState state) {
        return switch (state) {
            case OVERDUE -> "Overdue";
            case DUE_SOON -> "Due soon";
            case INFORMED -> "Customer told";
            case PENDING -> "Pending";
            case DONE_ON_TIME -> "Done on time";
            case DONE_LATE -> "Done late";
        };
    }
}
