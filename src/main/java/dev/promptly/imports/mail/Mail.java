package dev.promptly.imports.mail;

import java.time.Instant;
import java.util.List;

/**
 * What the conversation rule needs of one message: its headers, not its body.
 *
 * @param key        its Message-ID, or a digest of Date, From and Subject when it has none
 * @param references the valid msg-ids of its In-Reply-To and References headers
 * @param recipients the addresses of To and Cc, lower-case
 * @param automatic  an auto-reply ({@code Auto-Submitted} other than {@code no})
 * @param list       sent to a list ({@code Precedence: bulk, junk or list})
 */
public record Mail(String key, List<String> references, String fromAddress, String fromName,
                   List<String> recipients, Instant date, String subject, boolean automatic, boolean list) {
}
