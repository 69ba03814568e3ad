package dev.promptly.imports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.common.InvalidInputException;
import dev.promptly.common.UnavailableException;
import dev.promptly.imports.mail.MailAccount;
import dev.promptly.imports.mail.MailSync;
import dev.promptly.items.InboxStatus;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncing a mailbox from a real IMAP server in the test JVM (GreenMail), over plain IMAP and over TLS. Anna's mailbox
 * holds customers' messages in the inbox and her replies in "Sent".
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class MailSyncTest {

    @Parameter
    StoreBackend backend;

    private TestWorld world;


    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.IMAP, ServerSetupTest.IMAPS}).withPerMethodLifecycle(true);

    private static final String ANNA = "anna@promptly.example";

    @TempDir
    Path folder;

    private AppContext context;
    private MailSync sync;
    private GreenMailUser user;

    @AfterEach
    void closeStore() {
        world.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        world = new TestWorld(folder, backend);
        context = world.context;
        sync = new MailSync(context.people(), context.items(), context.mailImport(), context.store().mail(),
                context.store().transactions(), context.clock(), trustingTestCertificates());
        user = SERVER.setUser(ANNA, ANNA, "secret");
        plainAccount(ServerSetupTest.IMAP.getPort());
    }

    private void plainAccount(int port) {
        sync.saveAccount(new MailAccount(context.people().rep(ANNA).id(), "localhost", port, MailAccount.Tls.NONE,
                ANNA, null, null));
    }

    private MimeMessage message(String id, String from, String to, String when, String subject, String inReplyTo)
            throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        m.setSubject(subject);
        m.setSentDate(Date.from(Instant.parse(when)));
        m.setText("Hello");
        m.saveChanges();
        m.setHeader("Message-ID", "<" + id + ">");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
        }
        return m;
    }

    private long toInbox(MimeMessage m, Flags flags) throws Exception {
        return SERVER.getManagers().getImapHostManager().getInbox(user).appendMessage(m, flags, m.getSentDate());
    }

    private MailFolder folder(String name) throws Exception {
        var hosts = SERVER.getManagers().getImapHostManager();
        MailFolder existing = hosts.getFolder(user, name);
        return existing != null ? existing : hosts.createMailbox(user, name);
    }

    private List<Item> emails() {
        return context.items().itemsAsOf(new ItemQuery(null, ItemKind.EMAIL, null, null, false, null, null, null,
                false, TestWorld.NOW)).stream().sorted(Comparator.comparing(Item::receivedAt)).toList();
    }

    private MailSync.Result sync() {
        return sync.sync(ANNA, "secret".toCharArray());
    }

    @Test
    void firstSyncMakesItemsAndCountsTheInbox() throws Exception {
        toInbox(message("c1@acme.example", "Carla <carla@acme.example>", ANNA, "2026-11-20T09:00:00Z",
                "Order 1234", null), new Flags(Flags.Flag.SEEN));
        toInbox(message("d1@acme.example", "Dan <dan@acme.example>", ANNA, "2026-11-23T08:00:00Z", "Invoice", null),
                new Flags());
        folder("Sent").appendMessage(message("a1@promptly.example", ANNA, "carla@acme.example",
                "2026-11-20T11:00:00Z", "Re: Order 1234", "c1@acme.example"), new Flags(Flags.Flag.SEEN), new Date());

        MailSync.Result result = sync();

        assertThat(result.fetched()).isEqualTo(3);
        assertThat(result.sentFolder()).isEqualTo("Sent");
        assertThat(result.items().itemsCreated()).isEqualTo(2);
        List<Item> emails = emails();
        assertThat(emails.get(0).progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(emails.get(1).progress().isOpen()).isTrue();
        assertThat(result.inbox().messages()).isEqualTo(2);
        assertThat(result.inbox().unread()).isEqualTo(1);
        assertThat(result.inbox().unanswered()).isEqualTo(2);
        assertThat(result.inbox().status()).as("two messages, nothing overdue").isEqualTo(InboxStatus.FEW);
    }

    @Test
    void laterSyncsFetchOnlyWhatIsNewAndAReplySentElsewhereClosesTheItem() throws Exception {
        toInbox(message("c1@acme.example", "carla@acme.example", ANNA, "2026-11-23T09:00:00Z", "Order", null),
                new Flags());
        sync();
        assertThat(emails()).singleElement().satisfies(i -> assertThat(i.progress().isOpen()).isTrue());

        folder("Sent").appendMessage(message("a1@promptly.example", ANNA, "carla@acme.example",
                "2026-11-23T10:00:00Z", "Re: Order", "c1@acme.example"), new Flags(), new Date());
        MailSync.Result second = sync();
        MailSync.Result third = sync();

        assertThat(second.fetched()).as("only the reply").isEqualTo(1);
        assertThat(second.items().itemsReplied()).isEqualTo(1);
        assertThat(emails()).singleElement().satisfies(i ->
                assertThat(i.progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z")));
        assertThat(third.fetched()).isZero();
        assertThat(third.items().itemsCreated() + third.items().itemsReplied()).isZero();
    }

    @Test
    void aNewUidValidityReadsTheFolderAgainWithoutMakingAnythingTwice() throws Exception {
        sync.saveAccount(new MailAccount(context.people().rep(ANNA).id(), "localhost",
                ServerSetupTest.IMAP.getPort(), MailAccount.Tls.NONE, ANNA, "Support", null));
        MailFolder support = folder("Support");
        support.appendMessage(message("c1@acme.example", "carla@acme.example", ANNA, "2026-11-23T09:00:00Z", "Order",
                null), new Flags(), new Date());
        sync();
        long before = support.getUidValidity();

        SERVER.getManagers().getImapHostManager().deleteMailbox(user, "Support");
        Thread.sleep(1_100); // GreenMail numbers a new folder by the second it was made
        MailFolder renumbered = folder("Support");
        renumbered.appendMessage(message("c1@acme.example", "carla@acme.example", ANNA, "2026-11-23T09:00:00Z",
                "Order", null), new Flags(), new Date());
        renumbered.appendMessage(message("e1@acme.example", "eve@acme.example", ANNA, "2026-11-23T09:30:00Z", "Hi",
                null), new Flags(), new Date());
        MailSync.Result after = sync();

        assertThat(renumbered.getUidValidity()).isNotEqualTo(before);
        assertThat(after.fetched()).as("the whole folder again").isEqualTo(2);
        assertThat(after.added()).isEqualTo(1);
        assertThat(emails()).hasSize(2);
    }

    @Test
    void syncsOverTls() throws Exception {
        sync.saveAccount(new MailAccount(context.people().rep(ANNA).id(), "localhost",
                ServerSetupTest.IMAPS.getPort(), MailAccount.Tls.IMPLICIT, ANNA, null, null));
        toInbox(message("c1@acme.example", "carla@acme.example", ANNA, "2026-11-23T09:00:00Z", "Order", null),
                new Flags());

        MailSync.Result result = sync();

        assertThat(result.items().itemsCreated()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndChangesNothing() throws Exception {
        toInbox(message("c1@acme.example", "carla@acme.example", ANNA, "2026-11-23T09:00:00Z", "Order", null),
                new Flags());

        assertThatThrownBy(() -> sync.sync(ANNA, "wrong".toCharArray())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refused the user name or password");
        assertThat(emails()).isEmpty();
    }

    @Test
    void aConnectionDroppedMidSyncWritesNothingAndTheNextSyncCarriesOn() throws Exception {
        for (int i = 0; i < 30; i++) {
            toInbox(message("m" + i + "@acme.example", "c" + i + "@acme.example", ANNA, "2026-11-23T09:00:00Z",
                    "Question " + i, null), new Flags());
        }
        try (DroppingProxy proxy = new DroppingProxy(ServerSetupTest.IMAP.getPort(), 3_000)) {
            plainAccount(proxy.port());

            assertThatThrownBy(this::sync).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("nothing was changed");
            assertThat(emails()).isEmpty();
        }
        plainAccount(ServerSetupTest.IMAP.getPort());

        assertThat(sync().items().itemsCreated()).isEqualTo(30);
        assertThat(emails()).hasSize(30);
    }

    @Test
    void anUnreachableServerIsSaidPlainly() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        plainAccount(closed);

        assertThatThrownBy(this::sync).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("localhost:" + closed);
    }

    /** Relays to the real server, then cuts both sides after {@code limit} bytes from the server. */
    private static final class DroppingProxy implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0);

        DroppingProxy(int target, int limit) throws IOException {
            Thread accept = new Thread(() -> {
                try (Socket client = listener.accept(); Socket server = new Socket("localhost", target)) {
                    Thread up = new Thread(() -> pump(client, server, Integer.MAX_VALUE));
                    up.setDaemon(true);
                    up.start();
                    pump(server, client, limit);
                } catch (IOException e) {
                    // the test closed the listener
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        private static void pump(Socket from, Socket to, int limit) {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                byte[] buffer = new byte[512];
                int total = 0;
                int n;
                while (total < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                    total += n;
                }
                from.close();
                to.close();
            } catch (IOException e) {
                // one side is gone: so is the other
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    /** GreenMail's certificate is its own; the production sync uses the JVM's trust store. */
    private static javax.net.ssl.SSLSocketFactory trustingTestCertificates() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return tls.getSocketFactory();
    }
}
