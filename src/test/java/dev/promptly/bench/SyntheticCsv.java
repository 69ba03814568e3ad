package dev.promptly.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A spreadsheet's history as CSV for benchmarks: every kind, 5,000 customers with phone numbers, most items answered
 * or done, received over the 60 days before an instant. Deterministic for a seed.
 */
public final class SyntheticCsv {

    private SyntheticCsv() {
    }

    public static void write(Path file, int rows, List<String> repEmails, Instant end, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = end.minus(Duration.ofDays(60));
        long span = Duration.between(start, end).toSeconds() - 7 * 86_400;
        String[] kinds = {"callback", "callback", "email", "email", "commitment", "follow-up"};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kind,rep,customer,contact,subject,received_at,due_at,responded_at,done_at,priority,external_id\n");
            for (int i = 0; i < rows; i++) {
                String kind = kinds[random.nextInt(kinds.length)];
                int customer = random.nextInt(5000);
                Instant received = start.plusSeconds((long) i * span / rows);
                boolean promise = kind.equals("commitment") || kind.equals("follow-up");
                Instant due = promise ? received.plus(Duration.ofHours(24 + random.nextInt(96))) : null;
                Instant answered = random.nextDouble() < 0.85 ? received.plusSeconds(600 + random.nextInt(172_800))
                        : null;
                out.write(String.join(",", kind, repEmails.get(random.nextInt(repEmails.size())),
                        "Customer " + customer, "+49 30 " + (100_000 + customer), "Row " + i, received.toString(),
                        due == null ? "" : due.toString(), promise || answered == null ? "" : answered.toString(),
                        promise && answered != null ? answered.toString() : "",
                        random.nextInt(10) == 0 ? "company" : "customer", "X-" + i));
                out.write('\n');
            }
        }
    }
}
