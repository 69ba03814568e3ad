package dev.promptly.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths from what a column has to show, so a table on a 1280x720 laptop reads whole: each column at least
 * as wide as its title in the header's bold type, or its typical value, whichever is wider.
 */
public final class ColumnFit {

    /**
     * The theme's 14 px text with a cell's and a header's padding (0.5 em each side) and a pixel of border, with a
     * little air. Headers are set in the bold face.
     */
    public static final ColumnFit STANDARD = new ColumnFit(14, FontWeight.NORMAL, 14, 18);

    private final double valueSize;
    private final FontWeight valueWeight;
    private final double headerSize;
    private final double padding;

    /**
     * For a table styled with values of {@code valueSize} px in {@code valueWeight} (bold when a total row is),
     * bold headers of {@code headerSize} px, and {@code padding} px of padding and border a cell.
     */
    public ColumnFit(double valueSize, FontWeight valueWeight, double headerSize, double padding) {
        this.valueSize = valueSize;
        this.valueWeight = valueWeight;
        this.headerSize = headerSize;
        this.padding = padding;
    }

    /** The width {@code column} needs for its title and for {@code typical}, its longest usual value. */
    public double needed(TableColumn<?, ?> column, String typical) {
        double title = 0;
        for (String line : (column.getText() == null ? "" : column.getText()).split("\n")) {
            title = Math.max(title, width(line, FontWeight.BOLD, headerSize));
        }
        return Math.ceil(Math.max(title, width(typical, valueWeight, valueSize)) + padding);
    }

    /** Never narrower than it needs to be; wider when a table that shares out its width has room. */
    public <T extends TableColumn<?, ?>> T atLeast(T column, String typical) {
        double needed = needed(column, typical);
        column.setMinWidth(needed);
        column.setPrefWidth(needed);
        return column;
    }

    private static double width(String text, FontWeight weight, double size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), weight, size));
        return measured.getLayoutBounds().getWidth();
    }
}
