package dev.promptly.ui.queue;

import atlantafx.base.theme.Styles;
import dev.promptly.items.InboxStatus;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** Today's figures above the queue: overdue, due today, answered today, commitments this week, the inbox. */
final class QueueFiguresBar extends HBox {

    private final Label overdue = value("figureOverdue", MaterialDesignA.ALERT_CIRCLE);
    private final Label dueToday = value("figureDueToday", MaterialDesignC.CLOCK_ALERT_OUTLINE);
    private final Label answered = value("figureAnswered", MaterialDesignC.CHECK_CIRCLE_OUTLINE);
    private final Label commitments = value("figureCommitments", MaterialDesignC.CALENDAR_CHECK_OUTLINE);
    private final Label inbox = value("figureInbox", MaterialDesignE.EMAIL_OUTLINE);

    QueueFiguresBar(QueueViewModel model) {
        super(12);
        getChildren().setAll(figure(overdue, "Overdue"), figure(dueToday, "Due today"),
                figure(answered, "Answered today"), figure(commitments, "Commitments this week"),
                figure(inbox, "Inbox"));
        getStyleClass().add("figures");
        setPadding(new Insets(12, 12, 4, 12));
        model.figuresProperty().addListener((o, a, f) -> show(f));
        show(model.figuresProperty().get());
    }

    private static Label value(String id, Ikon ikon) {
        Label value = new Label("0", new FontIcon(ikon));
        value.setId(id);
        value.getStyleClass().addAll(Styles.TITLE_3, "figure-value");
        return value;
    }

    private static VBox figure(Label value, String caption) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("figure");
        box.setPadding(new Insets(8, 14, 8, 14));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void show(QueueFigures f) {
        overdue.setText(String.valueOf(f.overdue()));
        overdue.pseudoClassStateChanged(QueueTable.OVERDUE, f.overdue() > 0);
        dueToday.setText(String.valueOf(f.dueToday()));
        answered.setText(String.valueOf(f.answeredToday()));
        commitments.setText(String.valueOf(f.commitmentsThisWeek()));
        // Synced, the count is the server's inbox; otherwise Promptly's open emails.
        int count = f.synced() != null ? f.synced().messages() : f.openEmails();
        inbox.setText(switch (f.inbox()) {
            case ZERO -> "Zero";
            case FEW -> "A few (" + count + ")";
            case OVER -> "Over (" + count + ")";
        });
        Tooltips.set(inbox, f.synced() == null
                ? "Your open emails in Promptly. Sync your mailbox (File > Mailbox) to count the inbox itself."
                : "At the last sync, " + TimeText.dayAndTime(f.synced().at(), ZoneId.systemDefault())
                        + ": " + f.synced().messages() + " messages in the inbox, " + f.synced().unread()
                        + " unread, " + f.synced().unanswered() + " unanswered");
        inbox.pseudoClassStateChanged(QueueTable.OVERDUE, f.inbox() == InboxStatus.OVER);
    }
}
