package dev.promptly.ui;

import dev.promptly.items.AttemptOutcome;
import java.util.Locale;

/**
 * A call's outcome in the words the desktop uses everywhere (the choice when logging it, the history, the status
 * line), rather than the command line's labels such as {@code no-answer}.
 */
public final class OutcomeWords {

    private OutcomeWords() {
    }

    /** As a choice or at the start of a sentence: "Left a voicemail". */
    public static String of(AttemptOutcome outcome) {
        return switch (outcome) {
            case REACHED -> "Reached the customer";
            case VOICEMAIL -> "Left a voicemail";
            case NO_ANSWER -> "No answer";
            case BUSY -> "Busy";
            case WRONG_NUMBER -> "Wrong number";
        };
    }

    /** Inside a sentence: "left a voicemail". */
    public static String inSentence(AttemptOutcome outcome) {
        String words = of(outcome);
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }
}
