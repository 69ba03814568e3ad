package dev.promptly.imports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.imports.cdr.CdrColumns;
import dev.promptly.imports.cdr.CdrImport;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.EventType;
import dev.promptly.items.Item;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.items.ItemView;
import dev.promptly.people.Rep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Call-detail files written like Asterisk writes them (cdr_csv: no header, quoted strings, unquoted numbers, an
 * empty answer time), with the traps real exports have. Anna has extension 201, Ben 202.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CdrImportTest {

    @Parameter
    StoreBackend backend;


    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
    }

    /** A 16-column cdr_csv line. */
    private static String line16(String clid, String src, String dst, String channel, String dstChannel,
                                 String lastApp, String start, String answer, int billsec, String disposition) {
        return String.join(",", q(""), q(src), q(dst), q("from-pstn"), q(clid), q(channel), q(dstChannel),
                q(lastApp), q(""), q(start), answer.isEmpty() ? "" : q(answer), q(start), "60",
                String.valueOf(billsec), q(disposition), q("DOCUMENTATION"));
    }

    /** A 21-column line: the 16, then uniqueid, userfield, peeraccount, linkedid, sequence. */
    private static String line21(String uniqueId, String linkedId, String clid, String src, String dst,
                                 String channel, String dstChannel, String lastApp, String start, int billsec,
                                 String disposition) {
        return line16(clid, src, dst, channel, dstChannel, lastApp, start, billsec > 0 ? start : "", billsec,
                disposition) + "," + String.join(",", q(uniqueId), q(""), q(""), q(linkedId), "1");
    }

    private static String q(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private CdrImport.Summary run(String file, boolean skipInvalid, boolean dryRun) {
        return run(file.getBytes(StandardCharsets.UTF_8), null, skipInvalid, dryRun);
    }

    private CdrImport.Summary run(byte[] file, CdrColumns columns, boolean skipInvalid, boolean dryRun) {
        return context.cdrImport().run(file, new CdrImport.Options(BERLIN, columns, skipInvalid, dryRun), p -> { });
    }

    private List<Item> callbacks() {
        Set<Long> reps = Set.of(world.anna.id(), world.ben.id());
        return context.items().itemsAsOf(new ItemQuery(reps, ItemKind.CALLBACK, null, null, false, null, null, null,
                        false, TestWorld.NOW)).stream()
                .sorted(Comparator.comparing(Item::receivedAt)).toList();
    }

    private List<ItemEvent> history(Item item) {
        return context.items().history(item.id(), TestWorld.NOW);
    }

    private static final String MISSED = line16("\"Carla Diaz\" <+4930111>", "+4930111", "201", "PJSIP/trunk-0001",
            "PJSIP/201-0002", "Dial", "2026-11-20 16:40:00", "", 0, "NO ANSWER");
    private static final String NO_ANSWER_BACK = line16("\"Anna\" <201>", "201", "+4930111", "PJSIP/201-0003",
            "PJSIP/trunk-0004", "Dial", "2026-11-20 17:05:00", "", 0, "NO ANSWER");
    private static final String REACHED_BACK = line16("\"Anna\" <201>", "201", "030 111", "PJSIP/201-0005",
            "PJSIP/trunk-0006", "Dial", "2026-11-21 09:15:00", "2026-11-21 09:15:08", 95, "ANSWERED");

    @Test
    void aMissedCallBecomesACallbackAndTheRepsCallsBackBecomeAttempts() {
        CdrImport.Summary summary = run(String.join("\n", MISSED, NO_ANSWER_BACK, REACHED_BACK) + "\n", false,
                false);

        assertThat(summary.imported()).isTrue();
        assertThat(summary.missed()).isEqualTo(1);
        assertThat(summary.callbacksCreated()).isEqualTo(1);
        assertThat(summary.attempts()).isEqualTo(1);
        assertThat(summary.outboundWithoutCallback()).as("'030 111' is not '+4930111'").isEqualTo(1);
        Item callback = callbacks().get(0);
        assertThat(callback.ownerId()).isEqualTo(world.anna.id());
        assertThat(callback.receivedAt()).as("16:40 in Berlin").isEqualTo(Instant.parse("2026-11-20T15:40:00Z"));
        assertThat(callback.subject()).isEqualTo("Missed call from Carla Diaz (+4930111)");
        assertThat(context.people().customerNamed("Carla Diaz").phone()).isEqualTo("+4930111");
        assertThat(history(callback)).extracting(ItemEvent::type).containsExactly(EventType.CREATED,
                EventType.ATTEMPT);
        assertThat(history(callback).get(1).outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
        assertThat(callback.progress().isOpen()).isTrue();
    }

    @Test
    void aReachedCallBackToTheSameNumberReturnsTheCallback() {
        String reached = REACHED_BACK.replace("\"030 111\"", "\"+49 30 111\"");

        run(String.join("\n", MISSED, NO_ANSWER_BACK, reached), false, false);

        Item callback = callbacks().get(0);
        assertThat(callback.progress().isOpen()).isFalse();
        assertThat(callback.progress().resolvedAt()).isEqualTo(Instant.parse("2026-11-21T08:15:00Z"));
        assertThat(callback.progress().attempts()).isEqualTo(2);
    }

    @Test
    void legsOfOneCallAreOneCallAnsweredIfAnyLegReachedAPerson() {
        String file = String.join("\n",
                // a queue call: Anna's phone rang unanswered, Ben picked up
                line21("1700.1", "1700.1", "<+4930222>", "+4930222", "201", "PJSIP/trunk-1", "PJSIP/201-1", "Queue",
                        "2026-11-18 10:00:00", 0, "NO ANSWER"),
                line21("1700.2", "1700.1", "<+4930222>", "+4930222", "202", "PJSIP/trunk-1", "PJSIP/202-1", "Queue",
                        "2026-11-18 10:00:01", 45, "ANSWERED"),
                // nobody picked up on either leg: one callback, not two
                line21("1800.1", "1800.1", "<+4930333>", "+4930333", "201", "PJSIP/trunk-2", "PJSIP/201-2", "Dial",
                        "2026-11-18 11:00:00", 0, "NO ANSWER"),
                line21("1800.2", "1800.1", "<+4930333>", "+4930333", "202", "PJSIP/trunk-2", "PJSIP/202-2", "Dial",
                        "2026-11-18 11:00:00", 0, "BUSY"));

        CdrImport.Summary summary = run(file, false, false);

        assertThat(summary.calls()).isEqualTo(2);
        assertThat(summary.missed()).isEqualTo(1);
        assertThat(callbacks()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Missed call from +4930333");
            assertThat(c.ownerId()).isEqualTo(world.anna.id());
        });
    }

    @Test
    void aCallAnsweredOnlyByVoicemailIsMissedAndASecondCallAddsToTheCallback() {
        String file = String.join("\n",
                line16("\"Dan\" <+4930444>", "+4930444", "202", "PJSIP/trunk-7", "", "VoiceMail",
                        "2026-11-19 12:00:00", "2026-11-19 12:00:20", 31, "ANSWERED"),
                line16("\"Dan\" <+4930444>", "+4930444", "201", "PJSIP/trunk-8", "PJSIP/201-8", "Dial",
                        "2026-11-19 14:00:00", "", 0, "NO ANSWER"));

        CdrImport.Summary summary = run(file, false, false);

        assertThat(summary.missed()).isEqualTo(2);
        assertThat(summary.callbacksCreated()).isEqualTo(1);
        assertThat(summary.repeats()).isEqualTo(1);
        Item callback = callbacks().get(0);
        assertThat(callback.ownerId()).as("the rep the first call was for").isEqualTo(world.ben.id());
        assertThat(history(callback).get(1).note()).isEqualTo("Called again from +4930444 (called 2 times)");
    }

    @Test
    void readsTheLayoutsByTheirColumnCountAndAnyNamedOrder() {
        String eighteen = line16("<+4930555>", "+4930555", "201", "PJSIP/trunk-9", "PJSIP/201-9", "Dial",
                "2026-11-17 09:00:00", "", 0, "NO ANSWER") + "," + q("1731833.9") + "," + q("");
        // cdr_custom's order, as in the lab export: clid first, accountcode after amaflags, no linkedid
        String custom = String.join(",", q("<+4930666>"), q("+4930666"), q("202"), q("default"), q("PJSIP/trunk-10"),
                q("PJSIP/202-10"), q("Dial"), q(""), q("2026-11-17 10:00:00"), q(""), q("2026-11-17 10:00:30"),
                q("30"), q("0"), q("NO ANSWER"), q("DOCUMENTATION"), q(""), q("1731834.0"), q(""), "0");

        CdrImport.Summary standard = run(eighteen, false, false);
        CdrImport.Summary named = run(custom.getBytes(StandardCharsets.UTF_8), CdrColumns.parse("clid,src,dst,"
                + "dcontext,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,"
                + "amaflags,accountcode,uniqueid,userfield,sequence"), false, false);

        assertThat(standard.callbacksCreated()).isEqualTo(1);
        assertThat(named.callbacksCreated()).isEqualTo(1);
        assertThat(callbacks()).extracting(Item::ownerId).containsExactly(world.anna.id(), world.ben.id());
    }

    @Test
    void readsLocalTimesAcrossTheAutumnClockChange() {
        // 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET, so 02:30 happens twice.
        String file = String.join("\n",
                line16("<+4930777>", "+4930777", "201", "PJSIP/t-1", "PJSIP/201-1", "Dial", "2026-10-25 01:30:00",
                        "", 0, "NO ANSWER"),
                line16("<+4930778>", "+4930778", "201", "PJSIP/t-2", "PJSIP/201-2", "Dial", "2026-10-25 02:30:00",
                        "", 0, "NO ANSWER"),
                line16("<+4930779>", "+4930779", "201", "PJSIP/t-3", "PJSIP/201-3", "Dial", "2026-10-25 03:30:00",
                        "", 0, "NO ANSWER"));

        run(file, false, false);

        assertThat(callbacks()).extracting(Item::receivedAt).containsExactly(
                Instant.parse("2026-10-24T23:30:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"), // the first 02:30, still summer time
                Instant.parse("2026-10-25T02:30:00Z"));
    }

    @Test
    void importingTheSameFileOrALongerOneChangesNothingAlreadyImported() {
        String first = String.join("\n", MISSED, NO_ANSWER_BACK);
        String longer = first + "\n" + line16("\"Carla Diaz\" <+4930111>", "+4930111", "201", "PJSIP/trunk-9",
                "PJSIP/201-9", "Dial", "2026-11-20 18:00:00", "", 0, "NO ANSWER");

        run(first, false, false);
        CdrImport.Summary again = run(first, false, false);
        CdrImport.Summary grown = run(longer, false, false);

        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.callbacksCreated() + again.attempts() + again.repeats()).isZero();
        assertThat(grown.alreadyImported()).isEqualTo(2);
        assertThat(grown.repeats()).isEqualTo(1);
        Item callback = callbacks().get(0);
        assertThat(callbacks()).hasSize(1);
        assertThat(history(callback)).extracting(ItemEvent::type).containsExactly(EventType.CREATED,
                EventType.ATTEMPT, EventType.NOTE);
        assertThat(history(callback).get(2).note()).endsWith("(called 2 times)");
    }

    @Test
    void badLinesStopTheImportUnlessSkippedAndSayWhereAndWhy() {
        byte[] latin1Name = ("\"\",\"+4930888\",\"201\",\"from-pstn\",\"\"J\u00fcrgen\" <+4930888>\",\"PJSIP/t-1\","
                + "\"PJSIP/201-1\",\"Dial\",\"\",\"2026-11-20 10:00:00\",,\"2026-11-20 10:00:00\",60,0,\"NO ANSWER\","
                + "\"DOCUMENTATION\"").getBytes(StandardCharsets.ISO_8859_1);
        String good = MISSED;
        String badTime = MISSED.replace("2026-11-20 16:40:00", "20.11.2026 16:40");
        String badDisposition = MISSED.replace("NO ANSWER", "NOANSWER");
        String fewColumns = "\"a\",\"b\",\"c\"";
        byte[] file = join(good.getBytes(StandardCharsets.UTF_8), badTime.getBytes(StandardCharsets.UTF_8),
                badDisposition.getBytes(StandardCharsets.UTF_8), fewColumns.getBytes(StandardCharsets.UTF_8),
                latin1Name);

        CdrImport.Summary refused = run(file, null, false, false);

        assertThat(refused.imported()).isFalse();
        assertThat(callbacks()).isEmpty();
        assertThat(refused.rejected()).extracting(Rejected::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(refused.rejected()).extracting(Rejected::reason).containsExactly(
                "start '20.11.2026 16:40' is not a time like 2026-11-23 09:30:00",
                "unknown disposition 'NOANSWER'; expected ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION",
                "3 columns; expected 16, 17, 18 or 21, or name the layout with --columns",
                "not valid UTF-8 (a caller name in another encoding?)");
        assertThat(refused.rejected().get(3).raw()).isEqualTo(latin1Name);

        CdrImport.Summary skipped = run(file, null, true, false);

        assertThat(skipped.imported()).isTrue();
        assertThat(skipped.callbacksCreated()).isEqualTo(1);
        assertThat(callbacks()).hasSize(1);
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndChangesNothing() {
        CdrImport.Summary dry = run(String.join("\n", MISSED, NO_ANSWER_BACK), false, true);

        assertThat(dry.imported()).isFalse();
        assertThat(dry.callbacksCreated()).isEqualTo(1);
        assertThat(dry.changes()).extracting(CdrImport.Change::kind)
                .containsExactly(CdrImport.Change.Kind.CALLBACK, CdrImport.Change.Kind.ATTEMPT);
        assertThat(callbacks()).isEmpty();
        assertThat(context.people().customers()).isEmpty();
        assertThat(run(String.join("\n", MISSED, NO_ANSWER_BACK), false, false).callbacksCreated())
                .as("nothing was recorded as imported either").isEqualTo(1);
    }

    @Test
    void callsInTheFutureAreRefusedAsAWrongTimeZone() {
        String future = MISSED.replace("2026-11-20 16:40:00", "2026-11-23 18:00:00");

        CdrImport.Summary summary = run(future, false, false);

        assertThat(summary.rejected()).singleElement().extracting(Rejected::reason)
                .isEqualTo("start 2026-11-23 18:00:00 is in the future; is --zone right?");
    }

    @Test
    void callsBetweenRepsAreLeftAloneAndMissedCallsForNoRepWaitForTheirRep() {
        Rep cara = context.people().addRep("Cara Lee", "cara@promptly.example", world.berlin.name(),
                dev.promptly.people.Role.REP, "203");
        String file = String.join("\n",
                line16("<201>", "201", "203", "PJSIP/201-1", "PJSIP/203-1", "Dial", "2026-11-20 10:00:00", "", 0,
                        "NO ANSWER"),
                line16("<+4930999>", "+4930999", "299", "PJSIP/trunk-1", "PJSIP/299-1", "Dial",
                        "2026-11-20 10:05:00", "", 0, "NO ANSWER"));

        CdrImport.Summary summary = run(file, false, false);

        assertThat(summary.calls()).isEqualTo(2);
        assertThat(summary.missed()).isZero();
        assertThat(summary.missedForNoRep()).containsExactly(java.util.Map.entry("299", 1));
        assertThat(context.items().queue(Set.of(cara.id()), TestWorld.NOW)).extracting(ItemView::item).isEmpty();
        assertThat(run(file, false, false).alreadyImported()).as("only the call between reps is recorded").isOne();
    }

    private static byte[] join(byte[]... lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\r');
            out.write('\n');
        }
        return out.toByteArray();
    }
}
