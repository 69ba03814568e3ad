package dev.promptly.cli;

public enum OutputFormat {
    TABLE, CSV, JSON
}
