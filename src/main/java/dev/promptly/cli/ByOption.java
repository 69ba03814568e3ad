package dev.promptly.cli;

import picocli.CommandLine.Option;

/**
 * {@code --by EMAIL}: who did an action, recorded in the item's history. Without it, the person this computer's user
 * named in {@code PROMPTLY_USER}; without that, the action is recorded as its default (the item's owner's own, a
 * reassignment as nobody's), since the command line cannot know better.
 */
final class ByOption {

    static final String ENVIRONMENT_VARIABLE = "PROMPTLY_USER";

    @Option(names = "--by", paramLabel = "EMAIL",
            description = "Who did it (default: $PROMPTLY_USER; else the item's owner, or nobody for reassign).")
    String by;
}
