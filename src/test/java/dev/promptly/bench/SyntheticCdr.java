package dev.promptly.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A believable Asterisk {@code Master.csv} (cdr_csv, 21 columns, local time) for benchmarks: calls in to the reps'
 * extensions over the 30 days before an instant, most answered, some missed, voicemail, queue calls with two legs,
 * and the reps' calls out, many of them back to callers. Deterministic for a seed.
 */
public final class SyntheticCdr {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SyntheticCdr() {
    }

    public static void write(Path file, int rows, List<String> extensions, Instant end, ZoneId zone, long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = end.minus(Duration.ofDays(30));
        long span = Duration.between(start, end).toSeconds() - 3600;
        int written = 0;
        int call = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < rows) {
                call++;
                Instant at = start.plusSeconds((long) call * span / rows);
                String ext = extensions.get(random.nextInt(extensions.size()));
                String customer = "+49301" + String.format("%05d", random.nextInt(8000));
                double kind = random.nextDouble();
                String id = at.getEpochSecond() + "." + call;
                if (kind < 0.15) { // a rep calls a customer
                    int billsec = random.nextDouble() < 0.6 ? 30 + random.nextInt(300) : 0;
                    String disposition = billsec > 0 ? "ANSWERED" : random.nextBoolean() ? "NO ANSWER" : "BUSY";
                    written += line(out, id, id, "\"Rep\" <" + ext + ">", ext, customer, "PJSIP/" + ext + "-1",
                            "PJSIP/trunk-1", "Dial", at, zone, billsec, disposition);
                } else if (kind < 0.20 && written + 2 <= rows) { // a queue call ringing two reps
                    String other = extensions.get(random.nextInt(extensions.size()));
                    boolean answered = random.nextDouble() < 0.7;
                    written += line(out, id, id, "<" + customer + ">", customer, ext, "PJSIP/trunk-2",
                            "PJSIP/" + ext + "-2", "Queue", at, zone, 0, "NO ANSWER");
                    written += line(out, id + "b", id, "<" + customer + ">", customer, other, "PJSIP/trunk-2",
                            "PJSIP/" + other + "-3", "Queue", at, zone, answered ? 90 : 0,
                            answered ? "ANSWERED" : "NO ANSWER");
                } else { // a customer calls a rep
                    double outcome = random.nextDouble();
                    String app = outcome < 0.05 ? "VoiceMail" : "Dial";
                    String disposition = outcome < 0.05 || outcome > 0.25 ? "ANSWERED"
                            : outcome < 0.2 ? "NO ANSWER" : "BUSY";
                    int billsec = disposition.equals("ANSWERED") ? 20 + random.nextInt(600) : 0;
                    written += line(out, id, id, "\"Customer " + customer.substring(7) + "\" <" + customer + ">",
                            customer, ext, "PJSIP/trunk-4", "PJSIP/" + ext + "-4", app, at, zone, billsec,
                            disposition);
                }
            }
        }
    }

    private static int line(Writer out, String uniqueId, String linkedId, String clid, String src, String dst,
                            String channel, String dstChannel, String app, Instant at, ZoneId zone, int billsec,
                            String disposition) throws IOException {
        String start = TIME.format(LocalDateTime.ofInstant(at, zone));
        String answer = billsec > 0 ? q(start) : "";
        out.write(String.join(",", q(""), q(src), q(dst), q("from-pstn"), q(clid), q(channel), q(dstChannel),
                q(app), q(""), q(start), answer, q(start), String.valueOf(billsec + 5), String.valueOf(billsec),
                q(disposition), q("DOCUMENTATION"), q(uniqueId), q(""), q(""), q(linkedId), "1"));
        out.write('\n');
        return 1;
    }

    private static String q(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
