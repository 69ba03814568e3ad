package dev.promptly.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.TestWorld;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.Item;
import dev.promptly.items.ItemAction;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.sla.ResponsePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads back the PDF summary. The fixture's week 2026-W47 in Berlin: Ben returns 3 of 4 calls in time (after
 * four weeks at 90 %), Zoë returns 2 calls in time (1 h, 3 h) and keeps 1 of 2 commitments, Dmitry answers 1 of 2
 * emails (2 h 05 min), the other left overdue. The team: 7 on time of 10 decided, 70.0 %: an alert.
 */
class PdfReportTest {

    @TempDir
    Path folder;

    private TestWorld world;
    private Rep zoe;
    private Rep dmitry;

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder);
        zoe = world.context.people().addRep("Zoë Ångström", "zoe@promptly.example", world.berlin.name(), Role.REP,
                "203");
        dmitry = world.context.people().addRep("Дмитрий Петров", "dmitry@promptly.example", world.berlin.name(),
                Role.REP, "204");
    }

    @Test
    void printsTheTeamsWeekTableTotalAndAlertOnOnePage() throws IOException {
        aWeekThatAlerts();
        Path file = export(world.berlin);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Support Berlin", "2026-W47");
            assertThat(text).contains("Weekly responsiveness summary — Support Berlin",
                    "Week 2026-W47 · Mon 16 Nov – Sun 22 Nov 2026 · Europe/Berlin · as of 2026-11-23 13:00 CET",
                    "Anna Schmidt", "Ben Okafor", "Zoë Ångström", "Дмитрий Петров",
                    "Alert: on time 70.0 % this week, 10 points or more below the previous four weeks' 90.0 %",
                    "Page 1 of 1");
            assertThat(lines(text)).contains(
                    "Ben Okafor 4 3 1 0 0 0 0 0 2.0 h — 30.0 h — 0 0 0 0 75.0 0 0 · zero",
                    "Zoë Ångström 2 2 0 0 0 0 0 0 2.0 h — 3.0 h — 2 1 0 1 75.0 0 0 · zero",
                    "Дмитрий Петров 0 0 0 0 2 1 0 1 — 2.0 h — 2.0 h 0 0 0 0 50.0 0 1 · over",
                    "Team total 6 5 1 0 2 1 0 1 2.0 h 2.0 h 30.0 h 2.0 h 2 1 0 1 70.0 0 1 · over");
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void popplerReadsTheSameFile() throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "poppler-utils not installed");
        aWeekThatAlerts();
        Path file = export(world.berlin);

        Process process = new ProcessBuilder(pdftotext.toString(), "-layout", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("Support Berlin", "Alert", "Дмитрий Петров", "Zoë Ångström");
    }

    @Test
    void popplerReadsCommitmentsKeptLateOverdueAnswerTimesAsOnScreenAndTheAnswerChart() throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        Assumptions.assumeTrue(Files.isExecutable(pdftotext), "poppler-utils not installed");
        aWeekThatAlerts();
        Path file = export(world.berlin);

        Process process = new ProcessBuilder(pdftotext.toString(), "-layout", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        List<String> lines = lines(text);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Commitments"))
                .anySatisfy(l -> assertThat(l).contains("due kept late overdue"));
        // Zoë: 2 calls in 1 h and 3 h (median 2.0 h), 2 commitments due: 1 kept, 0 late, 1 overdue.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Zoë Ångström").contains("2.0 h", "2 1 0 1"))
                .noneSatisfy(l -> assertThat(l).contains(" min ").startsWith("Zoë"));
        assertThat(text).contains("How long answers took", "under 1 h", "1-4 h", "48 h or more",
                "How to read the table");
    }

    @Test
    void aLongTeamNameIsPrintedWholeOnTheOverview() throws IOException {
        Team london = world.context.people().addTeam("Key Accounts London and Ireland", ZoneId.of("Europe/London"),
                ResponsePolicy.standard());
        world.context.people().addRep("Maximilian Alexander Fitzgerald-Smythe", "max@promptly.example", london.name(),
                Role.REP, null);
        Path file = export(null);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // Too long for the name column even in smaller type: on two lines, never cut.
            assertThat(page(pdf, 1)).doesNotContain("…");
            assertThat(lines(page(pdf, 1))).contains("Key Accounts London and", "Ireland");
            assertThat(page(pdf, 2)).doesNotContain("…");
            assertThat(lines(page(pdf, 2))).contains("Maximilian Alexander", "Fitzgerald-Smythe");
        }
    }

    @Test
    void anEmptyWeekStillHasItsPageWithDashesAndNoAlert() throws IOException {
        Path file = export(world.berlin);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Support Berlin", "Anna Schmidt").doesNotContain("Alert");
            assertThat(lines(text)).contains(
                    "Anna Schmidt 0 0 0 0 0 0 0 0 — — — — 0 0 0 0 — 0 0 · zero",
                    "Team total 0 0 0 0 0 0 0 0 — — — — 0 0 0 0 — 0 0 · zero");
        }
    }

    @Test
    void allTeamsOpensWithAnOverviewThenAPagePerTeam() throws IOException {
        aWeekThatAlerts();
        Team kyiv = world.context.people().addTeam("Служба Київ", ZoneId.of("Europe/Kyiv"), ResponsePolicy.standard());
        Rep olena = world.context.people().addRep("Олена Коваль", "olena@promptly.example", kyiv.name(), Role.REP,
                "301");
        Item call = world.callback(olena, "Taras", "2026-11-17T08:00:00Z");
        act(call, new ItemAction.Attempt(t("2026-11-17T09:00:00Z"), AttemptOutcome.REACHED, null));
        Path file = export(null);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(page(pdf, 1)).contains("Weekly responsiveness summary — All teams", "Page 1 of 3");
            // 7 + 1 on time of 10 + 1 decided
            assertThat(lines(page(pdf, 1))).contains(
                    "Support Berlin 6 5 1 0 2 1 0 1 2.0 h 2.0 h 30.0 h 2.0 h 2 1 0 1 70.0 0 1 · over",
                    "Служба Київ 1 1 0 0 0 0 0 0 1.0 h — 1.0 h — 0 0 0 0 100.0 0 0 · zero",
                    "All teams 7 6 1 0 2 1 0 1 2.0 h 2.0 h 30.0 h 2.0 h 2 1 0 1 72.7 0 1 · over");
            assertThat(page(pdf, 2)).contains("Weekly responsiveness summary — Support Berlin", "Alert", "Page 2 of 3");
            assertThat(page(pdf, 3)).contains("Weekly responsiveness summary — Служба Київ", "Олена Коваль",
                    "Europe/Kyiv").doesNotContain("Alert");
        }
    }

    @Test
    void aLongTeamContinuesOnTheNextPageUnderTheSameHeader() throws IOException {
        for (int i = 1; i <= 30; i++) {
            world.context.people().addRep(String.format("Rep %02d", i), "rep" + i + "@promptly.example",
                    world.berlin.name(), Role.REP, null);
        }
        Path file = export(world.berlin);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(page(pdf, 1)).contains("Rep 01", "received").doesNotContain("Team total");
            assertThat(page(pdf, 2)).contains("Support Berlin (continued)", "received", "Дмитрий Петров",
                    "Team total", "On-time rate, last 8 weeks");
            for (int i = 1; i <= 30; i++) {
                assertThat(text.split(String.format("Rep %02d ", i), -1)).as("rows of rep %d", i).hasSize(2);
            }
        }
    }

    /** See the class comment. */
    private void aWeekThatAlerts() {
        String[] mondays = {"2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"};
        for (int w = 0; w < mondays.length; w++) {
            int calls = w < 4 ? 10 : 4;
            for (int i = 0; i < calls; i++) {
                Instant received = t(mondays[w] + "T09:00:00Z").plus(Duration.ofMinutes(i));
                Item call = world.callback(world.ben, "Customer " + w + "-" + i, received.toString());
                act(call, new ItemAction.Attempt(received.plus(Duration.ofHours(i == 0 ? 30 : 2)),
                        AttemptOutcome.REACHED, null));
            }
        }
        act(world.callback(zoe, "Émile Durand", "2026-11-17T08:00:00Z"),
                new ItemAction.Attempt(t("2026-11-17T09:00:00Z"), AttemptOutcome.REACHED, null));
        act(world.callback(zoe, "Søren Kierkegaard", "2026-11-18T08:00:00Z"),
                new ItemAction.Attempt(t("2026-11-18T11:00:00Z"), AttemptOutcome.VOICEMAIL, null));
        act(world.add(ItemKind.COMMITMENT, zoe, "Quote", Priority.CUSTOMER, "2026-11-16T09:00:00Z",
                "2026-11-19T16:00:00Z"), new ItemAction.Complete(t("2026-11-19T15:00:00Z")));
        world.add(ItemKind.COMMITMENT, zoe, "Refund", Priority.CUSTOMER, "2026-11-16T09:00:00Z",
                "2026-11-20T16:00:00Z");
        act(world.add(ItemKind.EMAIL, dmitry, "Ольга", Priority.CUSTOMER, "2026-11-18T10:00:00Z", null),
                new ItemAction.Reply(t("2026-11-18T12:05:00Z")));
        world.add(ItemKind.EMAIL, dmitry, "Иван", Priority.CUSTOMER, "2026-11-20T09:00:00Z", null);
    }

    private Path export(Team team) throws IOException {
        WeeklyReport report = world.context.reports().report(team, "2026-W47", TestWorld.NOW);
        Path file = folder.resolve("summary.pdf");
        ReportExport.toFile(report, ReportFormat.PDF, file);
        return file;
    }

    private void act(Item item, ItemAction action) {
        world.context.items().apply(item.id(), null, action);
    }

    private static Instant t(String utc) {
        return Instant.parse(utc);
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    /** The text's lines with runs of spaces made one, as the stripper spaces table cells unevenly. */
    private static List<String> lines(String text) {
        return text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
    }
}
