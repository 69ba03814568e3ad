package dev.promptly.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Why the store did not open at start-up, and what the user can do about it: type the password the team server asks
 * for, wait for a server out of reach to come back (the window tries again by itself), or open another store.
 */
public final class StartFailure {

    /** What kind of trouble it is, for what the window offers. */
    public enum Kind {
        /** The team server asks for a password, or refused the one it got: the Connect dialog asks for it. */
        PASSWORD,
        /** The team server is out of reach: trying again may work, and the window does so by itself. */
        UNREACHABLE,
        /** Anything else (a damaged file, a missing database): trying again will not help by itself. */
        OTHER
    }

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.OTHER);
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper();

    /**
     * The kind of {@code problem}, as the store words it (store.PostgresFailure makes these sentences; the desktop
     * may not see the JDBC exceptions themselves, so it reads their words).
     */
    static Kind kindOf(String problem) {
        String text = problem == null ? "" : problem.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("asks for a password") || text.contains("refused the login")) {
            return Kind.PASSWORD;
        }
        if (text.contains("cannot reach")) {
            return Kind.UNREACHABLE;
        }
        return Kind.OTHER;
    }

    void failed(String why) {
        // "Nothing was written" reassures after a refused change; opening a store changes nothing to begin with.
        problem.set(why == null ? "" : why.replaceFirst("[;,]? nothing was written(\\.?)$", "$1"));
        kind.set(kindOf(why));
        retrying.set(false);
    }

    void retrying(boolean now) {
        retrying.set(now);
    }

    /** What went wrong, in words; empty while nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** True while the store is being opened again. */
    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }
}
