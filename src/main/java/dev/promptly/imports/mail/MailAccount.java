package dev.promptly.imports.mail;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Labeled;

/**
 * A rep's mailbox on an IMAP server. The password is not part of it: it comes from the operating system's credential
 * store or from the user at sync time.
 *
 * @param sentFolder null to use the folder the server marks as {@code \Sent}, else one with a usual name
 */
public record MailAccount(long repId, String host, int port, Tls tls, String username, String inboxFolder,
                          String sentFolder) {

    /** How the connection is protected. */
    public enum Tls implements Labeled {
        /** TLS from the first byte, usually port 993. */
        IMPLICIT("implicit"),
        /** A plain connection upgraded with STARTTLS, usually port 143; refused if the server cannot. */
        STARTTLS("starttls"),
        /** No protection: only for a server on the same machine or network, when the user asks for it. */
        NONE("none");

        private final String label;

        Tls(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public MailAccount {
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("the mail server's host name is missing");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidInputException(port + " is not a port number (1 to 65535)");
        }
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("the mailbox's user name is missing");
        }
        inboxFolder = inboxFolder == null || inboxFolder.isBlank() ? "INBOX" : inboxFolder.strip();
        sentFolder = sentFolder == null || sentFolder.isBlank() ? null : sentFolder.strip();
    }
}
