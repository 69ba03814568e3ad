package dev.promptly.common;

/**
 * Text written into a CSV file that someone may open in a spreadsheet. A cell starting with {@code = + - @}, a tab or
 * a carriage return is run as a formula there (CSV injection: {@code =HYPERLINK(...)}, {@code +cmd|...}); a leading
 * apostrophe makes it text. Names, subjects and emails come from customers' calls and mail, so they are not to be
 * trusted. Every CSV Promptly writes goes through this one rule.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code text} made safe to open in a spreadsheet; null stays null. */
    public static String neutralised(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
