package dev.promptly.imports.cdr;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * One leg of a call, as read from a call-detail line.
 *
 * @param callId the call it belongs to: its {@code linkedid}, else its {@code uniqueid}, else its start, parties and
 *               channel (for files without ids)
 */
public record CdrRow(long line, String callId, String callerId, String src, String dst, String channel,
                     String dstChannel, String lastApp, Instant start, int billsec, Disposition disposition) {

    /** Applications through which an answered call reached a person, rather than the PBX itself (voicemail, IVR). */
    static final Set<String> RINGS_PEOPLE = Set.of("dial", "queue", "followme", "retrydial");

    /** Whether this leg reached a person: answered, and through an application that rings people. */
    boolean reachedPerson() {
        return disposition == Disposition.ANSWERED && RINGS_PEOPLE.contains(lastApp.toLowerCase(Locale.ROOT));
    }
}
