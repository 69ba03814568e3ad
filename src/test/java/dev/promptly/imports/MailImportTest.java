package dev.promptly.imports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.imports.mail.MailImport;
import dev.promptly.items.Item;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.people.Customer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation rule on mailboxes written like real archives: duplicates, {@code <yes>} references, self-replies,
 * wrong day names, many UTC offsets, encoded names, mboxrd quoting, CRLF. Anna is the rep
 * (anna@promptly.example, alias support@promptly.example).
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class MailImportTest {

    @Parameter
    StoreBackend backend;

    private TestWorld world;


    private static final String ANNA = "anna@promptly.example";

    @TempDir
    Path folder;

    private AppContext context;

    @AfterEach
    void closeStore() {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder, backend);
        context = world.context;
    }

    /** One mbox message; {@code headers} are "Name: value" lines. */
    private static String message(String fromLine, String... headers) {
        return "From " + fromLine + "\n" + String.join("\n", headers) + "\n\nHello,\n>From the body, quoted.\n"
                + "From the body, not after a blank line.\n\n";
    }

    private MailImport.Summary run(String mbox, boolean skipLists) throws Exception {
        return context.mailImport().importMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)),
                new MailImport.Options(ANNA, List.of("support@promptly.example"), null, skipLists, false));
    }

    private List<Item> emails() {
        return context.items().itemsAsOf(new ItemQuery(null, ItemKind.EMAIL, null, null, false, null, null, null,
                false, TestWorld.NOW)).stream().sorted(Comparator.comparing(Item::receivedAt)).toList();
    }

    private String customer(Item item) {
        return context.people().customers().stream().filter(c -> c.id() == item.customerId()).findFirst()
                .map(Customer::name).orElseThrow();
    }

    private static final String CARLA_ASKS = message("carla@acme.example Mon Nov 16 09:00:00 2026",
            "From: Carla Diaz <carla@acme.example>", "To: support@promptly.example",
            "Date: Mon, 16 Nov 2026 10:00:00 +0100", "Subject: Where is my order?", "Message-ID: <c1@acme.example>");
    private static final String CARLA_AGAIN = message("carla@acme.example Mon Nov 16 09:30:00 2026",
            "From: Carla Diaz <carla@acme.example>", "To: support@promptly.example",
            "Date: Mon, 16 Nov 2026 10:30:00 +0100", "Subject: Re: Where is my order?",
            "Message-ID: <c2@acme.example>", "In-Reply-To: <c1@acme.example>");
    private static final String ANNA_REPLIES = message("anna@promptly.example Mon Nov 16 11:00:00 2026",
            "From: Anna Schmidt <ANNA@promptly.example>", "To: carla@acme.example",
            "Date: Mon, 16 Nov 2026 12:00:00 +0100", "Subject: Re: Where is my order?",
            "Message-ID: <a1@promptly.example>", "In-Reply-To: <c2@acme.example>",
            "References: <c1@acme.example> <c2@acme.example>");
    private static final String CARLA_FOLLOWS_UP = message("carla@acme.example Mon Nov 16 12:00:00 2026",
            "From: Carla Diaz <carla@acme.example>", "To: anna@promptly.example",
            "Date: Mon, 16 Nov 2026 13:00:00 +0100", "Subject: Re: Where is my order?",
            "Message-ID: <c3@acme.example>", "References: <c1@acme.example> <a1@promptly.example>");

    @Test
    void aPeriodRunsFromTheFirstUnansweredMessageToTheRepsReply() throws Exception {
        MailImport.Summary summary = run(CARLA_ASKS + CARLA_AGAIN + ANNA_REPLIES + CARLA_FOLLOWS_UP, false);

        assertThat(summary.messages()).isEqualTo(4);
        assertThat(summary.threads()).isEqualTo(1);
        assertThat(summary.periods()).isEqualTo(2);
        List<Item> emails = emails();
        assertThat(emails).hasSize(2);
        Item first = emails.get(0);
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
        assertThat(first.progress().resolvedAt()).as("Anna's reply, from her address in capitals")
                .isEqualTo(Instant.parse("2026-11-16T11:00:00Z"));
        assertThat(first.subject()).isEqualTo("Where is my order?");
        assertThat(customer(first)).isEqualTo("Carla Diaz");
        assertThat(emails.get(1).receivedAt()).isEqualTo(Instant.parse("2026-11-16T12:00:00Z"));
        assertThat(emails.get(1).progress().isOpen()).isTrue();
    }

    @Test
    void duplicatesCountOnceAndTheFirstCopyWins() throws Exception {
        String copy = CARLA_ASKS.replace("Subject: Where is my order?", "Subject: the second copy");

        MailImport.Summary summary = run(CARLA_ASKS + copy, false);

        assertThat(summary.messages()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(emails()).singleElement().extracting(Item::subject).isEqualTo("Where is my order?");
    }

    @Test
    void referencesThatAreNotMessageIdsLinkNothing() throws Exception {
        String patch1 = message("dan@kernel.example Tue Nov 17 10:00:00 2026", "From: dan@kernel.example",
                "Date: Tue, 17 Nov 2026 10:00:00 +0000", "Subject: [PATCH 1/2] one", "Message-ID: <p1@kernel.example>",
                "In-Reply-To: <yes>", "References: <yes>");
        String patch2 = message("dan@kernel.example Tue Nov 17 10:01:00 2026", "From: dan@kernel.example",
                "Date: Tue, 17 Nov 2026 10:01:00 +0000", "Subject: [PATCH 2/2] two", "Message-ID: <p2@kernel.example>",
                "In-Reply-To: <yes>", "References: <yes>");
        String answer = message("anna@promptly.example Tue Nov 17 11:00:00 2026", "From: anna@promptly.example",
                "To: dan@kernel.example", "Date: Tue, 17 Nov 2026 11:00:00 +0000", "Subject: Re: [PATCH 1/2] one",
                "Message-ID: <r1@promptly.example>", "In-Reply-To: <p1@kernel.example>");

        MailImport.Summary summary = run(patch1 + patch2 + answer, false);

        assertThat(summary.threads()).as("<yes> is not a thread of its own").isEqualTo(2);
        assertThat(emails()).extracting(Item::subject, i -> i.progress().isOpen())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[PATCH 1/2] one", false),
                        org.assertj.core.groups.Tuple.tuple("[PATCH 2/2] two", true));
    }

    @Test
    void theRepsOwnThreadsNotesToSelfAndAutoRepliesOpenNothing() throws Exception {
        String announcement = message("anna@promptly.example Wed Nov 18 09:00:00 2026", "From: anna@promptly.example",
                "To: everyone@acme.example", "Date: Wed, 18 Nov 2026 09:00:00 +0000", "Subject: New opening hours",
                "Message-ID: <n1@promptly.example>");
        String outOfOffice = message("bob@acme.example Wed Nov 18 09:01:00 2026", "From: bob@acme.example",
                "To: anna@promptly.example", "Date: Wed, 18 Nov 2026 09:01:00 +0000",
                "Subject: Out of office: New opening hours", "Message-ID: <o1@acme.example>",
                "In-Reply-To: <n1@promptly.example>", "Auto-Submitted: auto-replied");
        String noteToSelf = message("anna@promptly.example Wed Nov 18 09:05:00 2026", "From: anna@promptly.example",
                "To: support@promptly.example", "Date: Wed, 18 Nov 2026 09:05:00 +0000", "Subject: Re: Carla",
                "Message-ID: <s1@promptly.example>", "In-Reply-To: <c1@acme.example>");
        String listPost = message("list@lists.example Wed Nov 18 10:00:00 2026", "From: someone@lists.example",
                "To: users@lists.example", "Date: Wed, 18 Nov 2026 10:00:00 +0000", "Subject: Weekly digest",
                "Message-ID: <l1@lists.example>", "Precedence: list");

        MailImport.Summary withLists = run(announcement + outOfOffice + CARLA_ASKS + noteToSelf, false);

        assertThat(withLists.periods()).isEqualTo(1);
        assertThat(emails()).singleElement().satisfies(i -> assertThat(i.progress().isOpen())
                .as("a note to herself does not answer Carla").isTrue());

        assertThat(run(listPost, true).periods()).as("lists skipped").isZero();
        assertThat(run(listPost, false).periods()).isEqualTo(1);
    }

    @Test
    void datesComeFromTheNumbersWhateverTheDayNameOrZone() throws Exception {
        String wrongDay = message("eve@acme.example Wed Dec 29 10:00:00 2010", "From: eve@acme.example",
                "Date: Thu, 29 Dec 2010 14:30:00 +0530", "Subject: wrong day name", "Message-ID: <d1@acme.example>");
        String named = message("fay@acme.example Wed Dec 29 10:00:00 2010", "From: fay@acme.example",
                "Date: 29 Dec 2010 09:00:00 PST", "Subject: named zone", "Message-ID: <d2@acme.example>");
        String noDate = message("gus@acme.example Wed Dec 29 12:34:56 2010", "From: gus@acme.example",
                "Subject: no date header", "Message-ID: <d3@acme.example>");
        String nothing = message("hal@acme.example sometime", "From: hal@acme.example", "Date: yesterday",
                "Subject: no date at all", "Message-ID: <d4@acme.example>");

        MailImport.Summary summary = run(wrongDay + named + noDate + nothing, false);

        assertThat(emails()).extracting(Item::receivedAt).containsExactly(
                Instant.parse("2010-12-29T09:00:00Z"),
                Instant.parse("2010-12-29T12:34:56Z"),
                Instant.parse("2010-12-29T17:00:00Z"));
        assertThat(summary.skipped()).containsEntry("no readable date", 1);
    }

    @Test
    void readsEncodedNamesCrlfLinesAndMessagesWithoutIds() throws Exception {
        String encoded = message("jurgen@acme.example Thu Nov 19 08:00:00 2026",
                "From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <jurgen@acme.example>",
                "Date: Thu, 19 Nov 2026 08:00:00 +0000", "Subject: =?UTF-8?B?R3LDvMOfZQ==?=").replace("\n", "\r\n");

        run(encoded + encoded, false);
        MailImport.Summary again = run(encoded, false);

        assertThat(emails()).singleElement().satisfies(i -> {
            assertThat(customer(i)).isEqualTo("Jürgen Müller");
            assertThat(i.subject()).isEqualTo("Grüße");
        });
        assertThat(again.alreadyImported()).as("keyed by Date, From and Subject").isEqualTo(1);
    }

    @Test
    void importingALongerMailboxCreatesNothingTwiceAndClosesWhatWasAnswered() throws Exception {
        MailImport.Summary first = run(CARLA_ASKS + CARLA_AGAIN, false);
        MailImport.Summary longer = run(CARLA_ASKS + CARLA_AGAIN + ANNA_REPLIES + CARLA_FOLLOWS_UP, false);

        assertThat(first.itemsCreated()).isEqualTo(1);
        assertThat(longer.alreadyImported()).isEqualTo(1);
        assertThat(longer.itemsReplied()).isEqualTo(1);
        assertThat(longer.itemsCreated()).isEqualTo(1);
        assertThat(emails()).hasSize(2);
        assertThat(emails().get(0).progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-16T11:00:00Z"));
    }

    @Test
    void findsEveryMessageBetweenLongBodies() throws Exception {
        List<String> messages = new ArrayList<>();
        String body = "x".repeat(10_000);
        for (int i = 0; i < 300; i++) {
            messages.add("From c" + i + "@acme.example Mon Nov 16 09:00:00 2026\nFrom: c" + i + "@acme.example\n"
                    + "Date: Mon, 16 Nov 2026 09:" + String.format("%02d", i % 60) + ":00 +0000\nSubject: n" + i
                    + "\nMessage-ID: <m" + i + "@acme.example>\n\n" + body + "\n\n");
        }

        MailImport.Summary summary = run(String.join("", messages), false);

        assertThat(summary.messages()).isEqualTo(300);
        assertThat(summary.itemsCreated()).isEqualTo(300);
    }
}
