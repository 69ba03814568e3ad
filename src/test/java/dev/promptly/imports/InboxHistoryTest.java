package dev.promptly.imports;

import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.AfterEach;
import dev.promptly.testing.StoreBackend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.board.RepRow;
import dev.promptly.imports.mail.MailStore;
import dev.promptly.items.InboxStatus;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.reports.export.ReportExport;
import dev.promptly.reports.export.ReportFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox as the mail server counted it at each sync, day by day, on the board and in the weekly summary. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class InboxHistoryTest {

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

    private void synced(String at, int messages, int unread, int unanswered, InboxStatus status) {
        context.store().mail().addSnapshot(world.anna.id(), new MailStore.InboxSnapshot(Instant.parse(at), messages,
                unread, unanswered, status));
    }

    @Test
    void theEndOfEachDayIsTheLastSyncBeforeItAndTheStreakCountsDaysEndedAtZero() {
        synced("2026-11-16T08:00:00Z", 4, 1, 2, InboxStatus.FEW);   // Mon
        synced("2026-11-16T16:00:00Z", 0, 0, 0, InboxStatus.ZERO);  // Mon evening: zero
        synced("2026-11-17T12:00:00Z", 9, 3, 9, InboxStatus.OVER);  // Tue noon
        synced("2026-11-17T17:30:00Z", 1, 0, 0, InboxStatus.ZERO);  // Tue evening: read and answered
        // no sync Wednesday to Friday: the inbox stays as Tuesday evening left it
        synced("2026-11-21T10:00:00Z", 2, 0, 0, InboxStatus.ZERO);  // Sat

        assertThat(context.inbox().endOfDays(world.anna.id(), LocalDate.parse("2026-11-15"), 8, BERLIN,
                TestWorld.NOW)).containsExactly(null, InboxStatus.ZERO, InboxStatus.ZERO, InboxStatus.ZERO,
                InboxStatus.ZERO, InboxStatus.ZERO, InboxStatus.ZERO, InboxStatus.ZERO);
        assertThat(context.inbox().zeroStreak(world.anna.id(), TestWorld.NOW, BERLIN)).as("Mon 16 to Sun 22")
                .isEqualTo(7);

        synced("2026-11-22T20:00:00Z", 7, 2, 4, InboxStatus.OVER);  // Sun 21:00 in Berlin

        assertThat(context.inbox().zeroStreak(world.anna.id(), TestWorld.NOW, BERLIN)).isZero();
        assertThat(context.inbox().zeroStreak(world.anna.id(), Instant.parse("2026-11-22T12:00:00Z"), BERLIN))
                .as("as of Sunday noon: Mon 16 to Sat 21").isEqualTo(6);
    }

    @Test
    void theBoardShowsTheServersInboxForSyncedReps() {
        synced("2026-11-23T07:00:00Z", 12, 5, 8, InboxStatus.OVER);

        var board = context.board().board(world.berlin, TestWorld.NOW);

        RepRow anna = board.reps().stream().filter(r -> r.rep().id() == world.anna.id()).findFirst().orElseThrow();
        RepRow ben = board.reps().stream().filter(r -> r.rep().id() == world.ben.id()).findFirst().orElseThrow();
        assertThat(anna.inbox()).as("no open emails in Promptly, but 12 in the inbox").isEqualTo(InboxStatus.OVER);
        assertThat(ben.inbox()).as("never synced: Promptly's own emails").isEqualTo(InboxStatus.ZERO);
    }

    @Test
    void theWeeklySummaryShowsEachSyncedRepsDaysAndStreak() throws Exception {
        synced("2026-11-16T16:00:00Z", 0, 0, 0, InboxStatus.ZERO);
        synced("2026-11-19T12:00:00Z", 3, 1, 1, InboxStatus.FEW);

        WeeklyReport report = context.reports().report(world.berlin, "2026-W47", TestWorld.NOW);

        WeeklyReport.RepLine anna = report.reps().stream().filter(l -> l.rep().id() == world.anna.id()).findFirst()
                .orElseThrow();
        WeeklyReport.RepLine ben = report.reps().stream().filter(l -> l.rep().id() == world.ben.id()).findFirst()
                .orElseThrow();
        assertThat(anna.mailbox().days()).containsExactlyElementsOf(Arrays.asList(InboxStatus.ZERO, InboxStatus.ZERO,
                InboxStatus.ZERO, InboxStatus.FEW, InboxStatus.FEW, InboxStatus.FEW, InboxStatus.FEW));
        assertThat(anna.mailbox().zeroStreak()).isZero();
        assertThat(ben.mailbox()).isNull();

        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        ReportExport.write(report, ReportFormat.JSON, json);
        var reps = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toByteArray()).get("reps");
        assertThat(reps.get(0).get("mailbox").get("days").get(3).asText()).as("Anna, Thursday").isEqualTo("few");
        assertThat(reps.get(1).get("mailbox").isNull()).as("Ben").isTrue();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        ReportExport.write(report, ReportFormat.PDF, pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("zero 0 d");
        }
    }
}
