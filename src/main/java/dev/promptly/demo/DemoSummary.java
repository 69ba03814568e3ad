package dev.promptly.demo;

/** What a demo run created. */
public record DemoSummary(int teams, int reps, int customers, int items, long events) {
}
