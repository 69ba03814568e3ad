package dev.promptly.common;

/**
 * The store file is damaged, or is not an SQLite database at all: SQLite found it malformed. Reading or writing
 * more would not help; {@code promptly check} says what was found and how to get the data back.
 */
public class StoreDamagedException extends StoreException {

    private final String finding;

    public StoreDamagedException(String message, String finding, Throwable cause) {
        super(message, cause);
        this.finding = finding;
    }

    /** What SQLite found, in words: "the database disk image is malformed". */
    public String finding() {
        return finding;
    }
}
