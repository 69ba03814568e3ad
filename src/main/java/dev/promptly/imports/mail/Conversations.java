package dev.promptly.imports.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule of docs/metrics.md, "Email": messages grouped into threads by their references, and in each thread the
 * periods in which a customer waited for the rep's reply. The same for a mailbox file and for IMAP.
 */
final class Conversations {

    /**
     * A customer waiting: from the first message they sent after the rep's last one, to the rep's next message
     * (null while none has come).
     */
    record Period(Mail start, Mail reply) {
    }

    /** What the rule made of a mailbox. */
    record Result(int threads, List<Period> periods) {
    }

    private Conversations() {
    }

    /**
     * @param mail      the mailbox's messages, each once, with a date
     * @param rep       the rep's own addresses, lower-case
     * @param skipLists whether messages sent to lists (Precedence: bulk, junk, list) count for nothing
     */
    static Result of(List<Mail> mail, Set<String> rep, boolean skipLists) {
        Map<String, Integer> threadOfId = new HashMap<>();
        int[] parent = new int[mail.size()];
        for (int i = 0; i < mail.size(); i++) {
            parent[i] = i;
        }
        for (int i = 0; i < mail.size(); i++) {
            Mail m = mail.get(i);
            join(parent, threadOfId, m.key(), i);
            for (String reference : m.references()) {
                join(parent, threadOfId, reference, i);
            }
        }
        Map<Integer, List<Mail>> threads = new HashMap<>();
        for (int i = 0; i < mail.size(); i++) {
            threads.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(mail.get(i));
        }
        List<Period> periods = new ArrayList<>();
        for (List<Mail> thread : threads.values()) {
            thread.sort(Comparator.comparing(Mail::date));
            periods.addAll(periods(thread, rep, skipLists));
        }
        periods.sort(Comparator.comparing((Period p) -> p.start().date()).thenComparing(p -> p.start().key()));
        return new Result(threads.size(), periods);
    }

    private static List<Period> periods(List<Mail> thread, Set<String> rep, boolean skipLists) {
        List<Period> periods = new ArrayList<>();
        Mail waiting = null;
        for (Mail m : thread) {
            if (m.automatic() || (skipLists && m.list()) || m.fromAddress() == null) {
                continue;
            }
            boolean own = rep.contains(m.fromAddress());
            if (own && !m.recipients().isEmpty() && rep.containsAll(m.recipients())) {
                continue; // a note to self answers nobody
            }
            if (own && waiting != null) {
                periods.add(new Period(waiting, m));
                waiting = null;
            } else if (!own && waiting == null) {
                waiting = m;
            }
        }
        if (waiting != null) {
            periods.add(new Period(waiting, null));
        }
        return periods;
    }

    /** Puts message {@code i} in the thread of {@code id}, joining two threads when the id links them. */
    private static void join(int[] parent, Map<String, Integer> threadOfId, String id, int i) {
        Integer other = threadOfId.putIfAbsent(id, i);
        if (other != null) {
            int a = root(parent, i);
            int b = root(parent, other);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
