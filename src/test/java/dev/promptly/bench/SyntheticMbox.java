package dev.promptly.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A rep's mailbox for benchmarks: conversations with 10,000 customers over the year before an instant, each a
 * thread of one to six messages, the rep answering most of them, with a body of a few kilobytes each (so the file is
 * far bigger than what the import keeps). Deterministic for a seed.
 */
public final class SyntheticMbox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    private static final DateTimeFormatter FROM_LINE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy",
            Locale.ENGLISH);

    private SyntheticMbox() {
    }

    public static void write(Path file, int messages, String rep, Instant end, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String body = ("Thank you for your message. " + "x".repeat(60) + "\n").repeat(40);
        Instant start = end.minus(Duration.ofDays(365));
        long step = Duration.between(start, end).toSeconds() / messages;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            int written = 0;
            int thread = 0;
            while (written < messages) {
                thread++;
                String customer = "customer" + random.nextInt(10_000) + "@example.com";
                int length = 1 + random.nextInt(6);
                String first = null;
                String previous = null;
                Instant at = start.plusSeconds(written * step);
                for (int i = 0; i < length && written < messages; i++, written++) {
                    boolean fromRep = i % 2 == 1 && random.nextDouble() < 0.9;
                    String id = "t" + thread + "." + i + "@" + (fromRep ? "promptly.example" : "example.com");
                    at = at.plusSeconds(600 + random.nextInt(40_000));
                    out.write("From " + (fromRep ? rep : customer) + " " + FROM_LINE.format(at.atOffset(ZoneOffset.UTC))
                            + "\n");
                    out.write("From: " + (fromRep ? "Rep <" + rep + ">" : "\"Customer " + thread + "\" <" + customer
                            + ">") + "\n");
                    out.write("To: " + (fromRep ? customer : rep) + "\n");
                    out.write("Date: " + DATE.format(at.atOffset(ZoneOffset.ofHours(random.nextInt(-8, 9)))) + "\n");
                    out.write("Subject: " + (i == 0 ? "" : "Re: ") + "Question " + thread + "\n");
                    out.write("Message-ID: <" + id + ">\n");
                    if (previous != null) {
                        out.write("In-Reply-To: <" + previous + ">\nReferences: <" + first + "> <" + previous + ">\n");
                    }
                    out.write("\n" + body + "\n");
                    first = first == null ? id : first;
                    previous = id;
                }
            }
        }
    }
}
