package dev.promptly.ui.shell;

import atlantafx.base.theme.Styles;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import dev.promptly.ui.queue.NoticeLog;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The bell in the top bar: how many of today's notices are unseen, and on a click the list of them, newest first;
 * choosing one selects its item in the queue. The list follows each store's queue as it is opened.
 */
final class NoticesButton extends Button {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ShellViewModel model;
    private final Label count = new Label();
    private final ContextMenu list = new ContextMenu();

    NoticesButton(ShellViewModel model) {
        this.model = model;
        setId("noticesButton");
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        count.setId("noticesCount");
        count.getStyleClass().add("notices-count");
        count.setMouseTransparent(true);
        count.managedProperty().bind(count.visibleProperty());
        StackPane.setAlignment(count, Pos.TOP_RIGHT);
        setGraphic(new StackPane(new FontIcon(MaterialDesignB.BELL_OUTLINE), count));
        Tooltips.set(this, "Today's notices: items that became due soon or overdue");
        list.setId("noticesList");
        setOnAction(e -> open());
        model.opensProperty().addListener((o, a, b) -> follow());
        follow();
    }

    /** Binds the count to the queue of the store now open; there is none before the first store opens. */
    private void follow() {
        NoticeLog log = log();
        count.textProperty().unbind();
        count.visibleProperty().unbind();
        accessibleTextProperty().unbind();
        if (log == null) {
            count.setText("0");
            count.setVisible(false);
            setAccessibleText("Today's notices: none");
            return;
        }
        count.textProperty().bind(log.unseenProperty().asString());
        count.visibleProperty().bind(log.unseenProperty().greaterThan(0));
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> "Today's notices: "
                + log.entries().size() + ", " + log.unseenProperty().get() + " unseen",
                log.entries(), log.unseenProperty()));
    }

    private NoticeLog log() {
        return model.queue() == null ? null : model.queue().noticeLog();
    }

    /** Shows today's notices under the bell; they are seen from now on. */
    private void open() {
        NoticeLog log = log();
        ObservableList<MenuItem> items = list.getItems();
        items.clear();
        if (log == null || log.entries().isEmpty()) {
            MenuItem none = new MenuItem("No notices today");
            none.setDisable(true);
            items.add(none);
        } else {
            log.entries().forEach(entry -> items.add(item(entry)));
            log.markSeen();
        }
        list.show(this, Side.BOTTOM, 0, 0);
    }

    private MenuItem item(NoticeLog.Entry entry) {
        Label text = new Label(TimeText.capitalized(entry.notice().text()));
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Label when = new Label(entry.notice().title() + " · " + TIME.format(entry.at().atZone(entry.zone())));
        when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        CustomMenuItem item = new CustomMenuItem(new VBox(2, text, when));
        item.setId("notice-" + entry.notice().itemId() + "-" + entry.notice().state().name().toLowerCase(Locale.ROOT));
        item.setOnAction(e -> {
            if (model.screenProperty().get() != ShellViewModel.Screen.QUEUE) {
                model.showQueue();
            }
            model.queue().open(entry.notice());
        });
        return item;
    }
}
