package dev.promptly.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemQuery;
import dev.promptly.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rep imports their own mailbox file from File > Import: previews the waits it finds, then imports them. */
class MailboxFileImportTest {

    @TempDir
    Path folder;

    @Test
    void previewsTheWaitsThenMakesThemTheRepsEmailItems() throws Exception {
        AppContext context = new TestWorld(folder).context;
        Path mbox = Files.writeString(folder.resolve("Mail.mbox"), """
                From carla@acme.example Mon Nov 16 09:00:00 2026
                From: Carla Diaz <carla@acme.example>
                To: help@promptly.example
                Date: Mon, 16 Nov 2026 10:00:00 +0100
                Subject: Where is my order?
                Message-ID: <c1@acme.example>

                Hello

                From anna@promptly.example Mon Nov 16 11:00:00 2026
                From: Anna <help@promptly.example>
                To: carla@acme.example
                Date: Mon, 16 Nov 2026 12:00:00 +0100
                Subject: Re: Where is my order?
                Message-ID: <a1@promptly.example>
                In-Reply-To: <c1@acme.example>

                On its way.
                """);
        int[] refreshed = {0};
        ImportViewModel importing = new ImportViewModel(ImportViewModel.Kind.MAILBOX, mbox,
                new Importers(context.cdrImport(), context.csvImport(), context.mailImport()),
                "anna@promptly.example", ZoneId.of("Europe/Berlin"), TaskRunner.immediate(), () -> refreshed[0]++);
        importing.aliasesProperty().set("help@promptly.example");

        importing.preview();

        assertThat(importing.outcomeProperty().get().figures()).contains("2 messages, 0 duplicates, 1 conversation",
                "1 email item to create, 0 replied since the last import");
        assertThat(importing.outcomeProperty().get().changes()).singleElement().satisfies(c -> {
            assertThat(c.customer()).isEqualTo("Carla Diaz");
            assertThat(c.detail()).isEqualTo("Where is my order?, replied Mon 16 Nov 12:00");
        });
        assertThat(refreshed[0]).isZero();

        importing.importNow();

        assertThat(importing.messageProperty().get()).isEqualTo("Imported.");
        assertThat(refreshed[0]).isEqualTo(1);
        assertThat(context.items().itemsAsOf(new ItemQuery(null, ItemKind.EMAIL, null, null, false, null, null, null,
                false, TestWorld.NOW))).singleElement().satisfies(i -> assertThat(i.progress().isOpen()).isFalse());
    }
}
