package dev.promptly.ui.queue;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Shift+F10 and the context-menu key open a table's menu for its selected row, at that row: the platform would put
 * a keyboard-opened menu in the middle of the table (or where the mouse happens to be), away from the row it acts on.
 */
final class RowMenuKeys {

    private RowMenuKeys() {
    }

    static void install(TableView<?> table) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (opensMenu(e) && showAtSelectedRow(table)) {
                e.consume();
            }
        });
        // Where the platform turns those keys into a menu request itself, it is shown at the row all the same.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && showAtSelectedRow(table)) {
                e.consume();
            }
        });
    }

    static boolean opensMenu(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU && !e.isShiftDown()
                || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isControlDown() && !e.isAltDown();
    }

    private static boolean showAtSelectedRow(TableView<?> table) {
        ContextMenu menu = table.getContextMenu();
        int index = table.getSelectionModel().getSelectedIndex();
        if (menu == null || index < 0) {
            return false;
        }
        Node row = visibleRow(table, index);
        if (row == null) {
            table.scrollTo(index);
            table.layout();
            row = visibleRow(table, index);
        }
        if (menu.isShowing()) {
            menu.hide();
        }
        if (row == null) {
            menu.show(table, Side.TOP, 0, table.getHeight() / 2); // not laid out yet: in the table at least
        } else {
            menu.show(row, Side.BOTTOM, 24, 0);
        }
        return true;
    }

    private static Node visibleRow(TableView<?> table, int index) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible() && !r.isEmpty())
                .findFirst().orElse(null);
    }
}
