package dev.promptly.cli;

/** A count with its noun, singular for one: "1 row", "2 rows". */
final class Counted {

    private Counted() {
    }

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is one. */
    static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
