package dev.promptly.common;

import java.util.Locale;
import java.util.Optional;

/**
 * How long each kind of text may be. Long enough for any real subject, name or note, short enough that a pasted
 * file or a hostile import (120 KB in a subject) is refused in words instead of filling the store and every listing.
 * Lengths count characters as people see them (code points), after surrounding blanks are stripped.
 */
public enum TextLimit {
    SUBJECT("a subject", 200),
    NOTE("a note", 2000),
    REASON("a reason", 2000),
    CUSTOMER_NAME("a customer name", 100),
    COMPANY("a company name", 100),
    HOT_BUTTONS("a customer's hot buttons", 2000),
    REP_NAME("a rep name", 100),
    TEAM_NAME("a team name", 100),
    /** RFC 5321's longest forward path, less its angle brackets. */
    EMAIL("an email address", 254),
    PHONE("a phone number", 40),
    EXTENSION("an extension", 20);

    private final String noun;
    private final int max;

    TextLimit(String noun, int max) {
        this.noun = noun;
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** {@code text} (which may be null) if it is short enough; else refused, saying how long it may be and is. */
    public String check(String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new InvalidInputException(problem.get());
        }
        return text;
    }

    /**
     * What is wrong with {@code text}'s length, in the words {@link #check} refuses it with: "a subject may be at
     * most 200 characters; this one has 120,000". Forms show it beside the field before anything is saved.
     */
    public Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int length = length(text);
        return length <= max ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "%s may be at most %,d characters; this one has %,d", noun, max, length));
    }

    /** {@link #problem} as a form shows it under its field: a sentence; empty when there is none. */
    public String fieldProblem(String text) {
        return problem(text).map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".").orElse("");
    }

    /**
     * {@code text} cut to the limit with an ellipsis, for text no person typed into Promptly (a mail's subject) where
     * refusing the whole import for one long line would lose the rest.
     */
    public String shortened(String text) {
        if (text == null || length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    private static int length(String text) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }
}
