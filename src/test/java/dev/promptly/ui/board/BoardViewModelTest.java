package dev.promptly.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.items.EventType;
import dev.promptly.items.ItemEvent;
import dev.promptly.items.ItemKind;
import dev.promptly.items.ItemView;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.ui.DialogService.EscalationAnswer;
import dev.promptly.ui.FakeDialogs;
import dev.promptly.ui.MutableClock;
import dev.promptly.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's actions on a real store, without the toolkit. */
class BoardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aReassignmentIsRecordedAsTheLeadsWhoseBoardItIs() {
        MutableClock clock = new MutableClock(NOW);
        AppContext context = AppContext.open(folder.resolve("b.db"), clock);
        Team team = context.people().addTeam("Support", ZoneOffset.UTC, ResponsePolicy.standard());
        Rep anna = context.people().addRep("Anna Schmidt", "anna@x.example", team.name(), Role.REP, null);
        Rep ben = context.people().addRep("Ben Okafor", "ben@x.example", team.name(), Role.REP, null);
        Rep lena = context.people().addRep("Lena Wolf", "lena@x.example", team.name(), Role.LEAD, null);
        long id = context.items().add(new NewItem(ItemKind.CALLBACK, anna, Customer.named("Carla"), "Call",
                Priority.CUSTOMER, NOW.minus(Duration.ofHours(30)), null, null, NewItem.MANUAL, null)).id();
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.escalation = reps -> new EscalationAnswer(ben, "Anna is away");
        BoardViewModel board = new BoardViewModel(context.board(), context.items(), context.people(), clock,
                TaskRunner.immediate(), dialogs);
        board.show(lena);
        List<ItemView> overdue = context.items().queue(Set.of(anna.id()), NOW);

        board.reassign(overdue);

        List<ItemEvent> history = context.items().history(id, NOW);
        ItemEvent reassigned = history.get(history.size() - 1);
        assertThat(reassigned.type()).isEqualTo(EventType.REASSIGNED);
        assertThat(reassigned.actorId()).isEqualTo(lena.id());
        assertThat(dialogs.errors).isEmpty();
    }
}
