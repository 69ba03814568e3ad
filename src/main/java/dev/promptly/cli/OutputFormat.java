package dev.promptly.cli;

import dev.promptly.common.Labeled;
import java.util.Locale;

public enum OutputFormat implements Labeled {
    TABLE, CSV, JSON;

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
