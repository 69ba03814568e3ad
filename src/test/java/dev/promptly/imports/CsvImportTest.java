package dev.promptly.imports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.common.InvalidInputException;
import dev.promptly.imports.csv.CsvImport;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheet history brought in as CSV, the way teams save it: BOM, commas or semicolons, some cells empty. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CsvImportTest {

    @Parameter
    StoreBackend backend;


    private static final String HEADER = "kind,rep,customer,contact,subject,received_at,due_at,responded_at,done_at,"
            + "priority,external_id";

    @TempDir
    Path folder;

    private TestWorld world;
    private AppContext context;

    @AfterEach
    void closeStore() {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder, backend);
        context = world.context;
        context.people().addCustomer(new Customer(0, "Carla Diaz", null, "+49 30 111", null, null));
    }

    private CsvImport.Summary run(String csv, boolean skipInvalid, boolean createReps) {
        return run(csv.getBytes(StandardCharsets.UTF_8), skipInvalid, createReps, false);
    }

    private CsvImport.Summary run(byte[] csv, boolean skipInvalid, boolean createReps, boolean dryRun) {
        return context.csvImport().run(csv, new CsvImport.Options(skipInvalid, dryRun, createReps, null), p -> { });
    }

    private List<Item> items() {
        return context.items().itemsAsOf(new ItemQuery(null, null, null, null, false, null, null, null, false,
                TestWorld.NOW)).stream().sorted(Comparator.comparing(Item::id)).toList();
    }

    private List<EventType> events(Item item) {
        return context.items().history(item.id(), TestWorld.NOW).stream().map(ItemEvent::type).toList();
    }

    @Test
    void importsEachKindWithWhatAlreadyHappenedToIt() {
        String csv = "\uFEFF" + String.join("\r\n", HEADER,
                "callback,anna@promptly.example,Carla D.,+4930111,Invoice question,2026-11-16T09:00:00+01:00,,"
                        + "2026-11-16T11:00:00+01:00,,,",
                "email,ANNA@promptly.example,Dan Brown,dan@brown.example,Quote,2026-11-17T09:00:00+01:00,,"
                        + "2026-11-19T09:00:00+01:00,,company,",
                "commitment,ben@promptly.example,Dan Brown,,Revised quote,,2026-11-20T17:00:00+01:00,,"
                        + "2026-11-20T16:00:00+01:00,,Q-7",
                "follow-up,ben@promptly.example,Eve Adams,,How is it going?,2026-11-18T10:00:00+01:00,"
                        + "2026-11-25T10:00:00+01:00,,,self,");

        CsvImport.Summary summary = run(csv, false, false);

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.imported()).isTrue();
        assertThat(summary.created()).isEqualTo(4);
        assertThat(summary.customersCreated()).as("Carla matched by phone; Dan once; Eve").isEqualTo(2);
        List<Item> items = items();
        assertThat(items).extracting(Item::kind).containsExactly(ItemKind.CALLBACK, ItemKind.EMAIL,
                ItemKind.COMMITMENT, ItemKind.FOLLOW_UP);
        Item call = items.get(0);
        assertThat(context.people().customers()).filteredOn(c -> c.id() == call.customerId())
                .extracting(Customer::name).containsExactly("Carla Diaz");
        assertThat(events(call)).containsExactly(EventType.CREATED, EventType.ATTEMPT);
        assertThat(call.progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(call.progress().dueAt()).as("the team's 24 hours").isEqualTo(Instant.parse("2026-11-17T08:00:00Z"));
        assertThat(items.get(1).ownerId()).isEqualTo(world.anna.id());
        assertThat(items.get(1).priority()).isEqualTo(Priority.COMPANY);
        assertThat(events(items.get(1))).containsExactly(EventType.CREATED, EventType.REPLIED);
        Item promise = items.get(2);
        assertThat(promise.receivedAt()).as("without received_at, the earliest time the row knows: done_at")
                .isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(promise.progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(items.get(3).progress().isOpen()).isTrue();
        assertThat(items.get(3).progress().dueAt()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void readsSemicolonSeparatedFilesWithColumnsInAnyOrderAndCase() {
        String csv = "Customer;Kind;Rep;Received_At\n\"Smith; John\";callback;ben@promptly.example;"
                + "2026-11-20T10:00:00Z\n";

        CsvImport.Summary summary = run(csv, false, false);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(context.people().customers()).extracting(Customer::name).contains("Smith; John");
    }

    @Test
    void importingTheSameFileAgainCreatesNothingTwice() {
        String csv = String.join("\n", HEADER,
                "callback,anna@promptly.example,Gus,,,2026-11-20T10:00:00Z,,,,,",
                "commitment,anna@promptly.example,Gus,,Send the manual,,2026-11-27T10:00:00Z,,,,M-1");
        String longer = csv + "\ncallback,anna@promptly.example,Hal,,,2026-11-21T10:00:00Z,,,,,";

        run(csv, false, false);
        CsvImport.Summary again = run(csv, false, false);
        CsvImport.Summary grown = run(longer, false, false);

        assertThat(again.created()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(grown.created()).isEqualTo(1);
        assertThat(items()).hasSize(3);
    }

    @Test
    void badRowsStopTheImportWithTheirLineAndReasonAndLeaveNothingBehind() {
        byte[] latin1 = "callback,anna@promptly.example,J\u00fcrgen,,,2026-11-20T10:00:00Z,,,,,"
                .getBytes(StandardCharsets.ISO_8859_1);
        String rows = String.join("\n", HEADER,
                "callback,anna@promptly.example,New Customer,,,2026-11-20T10:00:00Z,,,,,",
                "letter,anna@promptly.example,Ivy,,,2026-11-20T10:00:00Z,,,,,",
                "callback,anna@promptly.example,Ivy,,,20.11.2026 10:00,,,,,",
                "email,anna@promptly.example,Ivy,,,2026-11-20T10:00:00Z,,2026-11-20T09:00:00Z,,,",
                "callback,zoe@promptly.example,Ivy,,,2026-11-20T10:00:00Z,,,,,",
                "commitment,anna@promptly.example,Ivy,,,,,,,,") + "\n";
        byte[] file = join(rows.getBytes(StandardCharsets.UTF_8), latin1);

        CsvImport.Summary refused = run(file, false, false, false);

        assertThat(refused.imported()).isFalse();
        assertThat(refused.rejected()).extracting(Rejected::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(refused.rejected()).extracting(Rejected::reason).containsExactly(
                "'letter' is not a kind; expected one of callback, email, commitment, follow-up",
                "received_at '20.11.2026 10:00' is not a time with an offset, such as 2026-11-20T16:40:00+01:00",
                "responded_at 2026-11-20T09:00:00Z is before received_at 2026-11-20T10:00:00Z",
                "no rep with the email zoe@promptly.example; add them, or import with --create-reps",
                "a commitment needs due_at",
                "not valid UTF-8 (saved in another encoding?)");
        assertThat(refused.rejected().get(5).raw()).isEqualTo(latin1);
        assertThat(items()).isEmpty();
        assertThat(context.people().customers()).extracting(Customer::name)
                .as("the customer of the good row was not kept either").containsExactly("Carla Diaz");

        CsvImport.Summary skipped = run(file, true, false, false);

        assertThat(skipped.imported()).isTrue();
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(items()).hasSize(1);
    }

    @Test
    void createsRepsTheFileNamesWhenAsked() {
        String csv = HEADER + "\ncallback,zoe.costa@promptly.example,Ivy,,,2026-11-20T10:00:00Z,,,,,\n";

        CsvImport.Summary summary = run(csv, false, true);

        assertThat(summary.repsCreated()).isEqualTo(1);
        assertThat(context.people().rep("zoe.costa@promptly.example").name()).isEqualTo("Zoe Costa");
        assertThat(context.people().rep("zoe.costa@promptly.example").teamId()).isEqualTo(world.berlin.id());
    }

    @Test
    void createsTheTeamForNewRepsWhenThereIsNone() {
        String csv = HEADER + "\ncallback,ida.berg@promptly.example,Ivy,,,2026-11-20T10:00:00Z,,,,,\n";

        CsvImport.Summary summary = context.csvImport().run(csv.getBytes(StandardCharsets.UTF_8),
                new CsvImport.Options(false, false, true, "Support Hamburg"), p -> { });

        assertThat(summary.repsCreated()).isEqualTo(1);
        assertThat(context.people().teamOf(context.people().rep("ida.berg@promptly.example")).name())
                .isEqualTo("Support Hamburg");
    }

    @Test
    void aDryRunPreviewsAndChangesNothing() {
        String csv = HEADER + "\ncallback,anna@promptly.example,Ivy,,Where is my order,2026-11-20T10:00:00Z,,,,,\n";

        CsvImport.Summary dry = run(csv.getBytes(StandardCharsets.UTF_8), false, false, true);

        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.preview()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.customer()).isEqualTo("Ivy");
            assertThat(p.state()).isEqualTo("open");
        });
        assertThat(items()).isEmpty();
        assertThat(run(csv, false, false).created()).isEqualTo(1);
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnIsRefusedWhole() {
        assertThatThrownBy(() -> run("kind,rep,customer,recieved_at\n", false, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("unknown column 'recieved_at' in the header");
        assertThatThrownBy(() -> run("kind,customer,received_at\n", false, false))
                .isInstanceOf(InvalidInputException.class).hasMessage("the header lacks the column 'rep'");
        assertThatThrownBy(() -> run("", false, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
