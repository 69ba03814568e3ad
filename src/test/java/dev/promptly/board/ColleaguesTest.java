package dev.promptly.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.sla.ResponsePolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whom work can be handed to: the team the work belongs to comes first, so the first name the keyboard reaches
 * (Down in Escalate or Reassign) is a teammate's, not someone's in a team whose name sorts earlier.
 */
class ColleaguesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

    @TempDir
    Path folder;

    private AppContext context;
    private Rep quentin;

    @BeforeEach
    void setUp() {
        context = AppContext.open(folder.resolve("c.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        context.people().addTeam("Key Accounts London", ZoneId.of("Europe/London"), ResponsePolicy.standard());
        context.people().addTeam("Support Berlin", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        context.people().addRep("Ben Fischer", "ben@x.example", "Key Accounts London", Role.REP, null);
        quentin = context.people().addRep("Quentin Wagner", "quentin@x.example", "Support Berlin", Role.REP, null);
        context.people().addRep("Zoe Costa", "zoe@x.example", "Support Berlin", Role.REP, null);
        context.people().addRep("Anna Weber", "anna@x.example", "Support Berlin", Role.LEAD, null);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private Colleagues colleagues() {
        return new Colleagues(context.items(), context.people());
    }

    @Test
    void theTeamTheWorkBelongsToComesFirstThenTheOthersByName() {
        var listed = colleagues().except(Set.of(quentin.id()), quentin.teamId(), NOW);

        assertThat(listed).extracting(c -> c.rep().name() + " (" + c.team() + ")").containsExactly(
                "Anna Weber (Support Berlin)", "Zoe Costa (Support Berlin)", "Ben Fischer (Key Accounts London)");
    }

    @Test
    void withoutATeamToPutFirstTeamsGoByName() {
        var listed = colleagues().except(Set.of(quentin.id()), null, NOW);

        assertThat(listed).extracting(c -> c.rep().name()).containsExactly("Ben Fischer", "Anna Weber", "Zoe Costa");
    }
}
