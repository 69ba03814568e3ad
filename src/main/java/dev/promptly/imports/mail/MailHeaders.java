package dev.promptly.imports.mail;

import dev.promptly.common.TextLimit;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the headers the conversation rule needs from a message's header lines (folded lines already joined). */
final class MailHeaders {

    /** Subjects are kept this long at most: the item's subject, not the message's. */
    private static final int SUBJECT_LENGTH = TextLimit.SUBJECT.max();

    private MailHeaders() {
    }

    /**
     * The message these headers describe; its date from {@code Date}, else {@code fallbackDate}; null date when it
     * has neither (the caller reports and skips it).
     */
    static Mail read(List<String> lines, Instant fallbackDate) {
        Map<String, String> headers = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (name.equals("references") || name.equals("in-reply-to")) {
                    headers.merge(name, value, (a, b) -> a + " " + b);
                } else {
                    headers.putIfAbsent(name, value);
                }
            }
        }
        List<String> ids = MessageIds.in(headers.get("message-id"));
        String messageId = ids.isEmpty() ? null : ids.get(0);
        List<String> references = new ArrayList<>(MessageIds.in(headers.get("in-reply-to")));
        for (String id : MessageIds.in(headers.get("references"))) {
            if (!references.contains(id)) {
                references.add(id);
            }
        }
        references.remove(messageId);
        InternetAddress from = first(headers.get("from"));
        Instant date = MailDates.header(headers.get("date"));
        String subject = decode(headers.getOrDefault("subject", ""));
        String autoSubmitted = headers.getOrDefault("auto-submitted", "no").toLowerCase(Locale.ROOT);
        String precedence = headers.getOrDefault("precedence", "").toLowerCase(Locale.ROOT);
        List<String> recipients = new ArrayList<>();
        for (String header : new String[] {"to", "cc"}) {
            for (InternetAddress a : all(headers.get(header))) {
                recipients.add(a.getAddress().toLowerCase(Locale.ROOT));
            }
        }
        String key = messageId != null ? messageId
                : "hash:" + digest(headers.get("date") + "\u0001" + headers.get("from") + "\u0001"
                        + headers.get("subject"));
        return new Mail(key, List.copyOf(references),
                from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null || from.getPersonal() == null ? null : from.getPersonal().strip(),
                List.copyOf(recipients), date != null ? date : fallbackDate,
                subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject,
                !autoSubmitted.startsWith("no"),
                precedence.startsWith("bulk") || precedence.startsWith("junk") || precedence.startsWith("list"));
    }

    private static InternetAddress first(String header) {
        List<InternetAddress> all = all(header);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<InternetAddress> all(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return List.of(InternetAddress.parseHeader(header, false)).stream()
                    .filter(a -> a.getAddress() != null && a.getAddress().contains("@")).toList();
        } catch (AddressException e) {
            return List.of();
        }
    }

    /** RFC 2047 encoded words ("=?ISO-8859-1?Q?J=FCrgen?=") become text; what cannot be decoded stays as it is. */
    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(text).strip();
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return text.strip();
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
