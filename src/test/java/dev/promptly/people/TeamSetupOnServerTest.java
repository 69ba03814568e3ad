package dev.promptly.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.common.NotAllowedException;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Team screen's changes on a team store, as the screen makes them (TeamSetup): only an admin adds people and
 * logins; a lead is refused in words, nothing is written, and the server refuses them even without that check.
 */
class TeamSetupOnServerTest {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private StoreLocation.Server store;
    private AppContext admin;
    private AppContext lea;
    private String suffix;

    @BeforeEach
    void setUp() {
        store = TestPostgres.newStore();
        suffix = "_ts" + RUNS.incrementAndGet() + "_" + ProcessHandle.current().pid();
        admin = AppContext.open(store, CLOCK);
        admin.people().addTeam("North", ZoneId.of("UTC"), ResponsePolicy.standard());
        Rep lead = admin.people().addRep("Lea Berg", "lea@north.test", "North", Role.LEAD, "203");
        admin.store().signIns().add(login("lea"), lead, "lea-password-1");
        lea = AppContext.open(store.withUser(login("lea")), "lea-password-1", CLOCK);
    }

    @AfterEach
    void tearDown() {
        lea.close();
        admin.close();
    }

    private String login(String name) {
        return name + suffix;
    }

    private static TeamSetup setup(AppContext context) {
        return context.teamSetup();
    }

    @Test
    void aLeadAddingATeammateWithALoginIsRefusedInWordsAndNothingIsWritten() {
        assertThatThrownBy(() -> setup(lea).addTeammate("Eve Stone", "eve@north.test", "207", "North", Role.REP,
                login("eve")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("lea@north.test (lead) may not add people or logins: on a team store only an admin may; "
                        + "nothing was written");

        assertThat(admin.people().reps()).extracting(Rep::email).containsExactly("lea@north.test");
        assertThat(admin.store().signIns().list()).extracting(SignIns.Login::login).doesNotContain(login("eve"));
    }

    @Test
    void theServerRefusesALeadWhoGoesAroundTheScreensCheck() {
        assertThatThrownBy(() -> lea.people().addRep("Eve Stone", "eve@north.test", "North", Role.REP, null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("lea@north.test (lead) may not add people: on a team store only an admin may; nothing "
                        + "was written");
        long north = admin.people().team("North").id();
        assertThatThrownBy(() -> lea.store().reps().add(new Rep(0, "Eve Stone", "eve@north.test", null, north,
                Role.REP)))
                .as("the server itself, past the service's check")
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("may not do this")
                .hasMessageContaining("nothing was written");
        assertThatThrownBy(() -> lea.store().signIns().add(login("eve"), lea.people().rep("lea@north.test"), "x"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("only an admin may");

        assertThat(admin.people().reps()).extracting(Rep::email).containsExactly("lea@north.test");
    }

    @Test
    void anAdminAddsATeammateWhoseNewLoginSignsInWithTheRightsOfTheirRole() {
        TeamSetup.Added added = setup(admin).addTeammate(" Eve Stone ", "Eve@North.test", "207", "North", Role.LEAD,
                login("eve"));

        assertThat(added.rep().email()).isEqualTo("eve@north.test");
        assertThat(added.rep().extension()).isEqualTo("207");
        assertThat(added.login()).isEqualTo(login("eve"));
        assertThat(added.password()).hasSize(20);
        assertThat(admin.store().signIns().list()).anySatisfy(l -> {
            assertThat(l.login()).isEqualTo(login("eve"));
            assertThat(l.rep().email()).isEqualTo("eve@north.test");
            assertThat(l.access()).isEqualTo(SignedIn.Access.LEAD);
        });
        try (var eve = new Closing(AppContext.open(store.withUser(login("eve")), added.password(), CLOCK))) {
            SignedIn signedIn = eve.context().signedIn().orElseThrow();
            assertThat(signedIn.rep().name()).isEqualTo("Eve Stone");
            assertThat(signedIn.access()).isEqualTo(SignedIn.Access.LEAD);
        }
    }

    @Test
    void anAdminChangesARoleAndMovesSomeoneToAnotherTeam() {
        admin.people().addTeam("South", ZoneId.of("UTC"), ResponsePolicy.standard());
        Rep leaRep = admin.people().rep("lea@north.test");

        setup(admin).setRole(leaRep, Role.MANAGER);
        setup(admin).moveToTeam(admin.people().rep("lea@north.test"), "South");

        Rep moved = admin.people().rep("lea@north.test");
        assertThat(moved.role()).isEqualTo(Role.MANAGER);
        assertThat(admin.people().teamOf(moved).name()).isEqualTo("South");
        assertThat(TestPostgres.isMember(login("lea"), "promptly_manager")).isTrue();
        assertThatThrownBy(() -> setup(lea).setRole(leaRep, Role.REP))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("lea@north.test (");
    }

    @Test
    void onlyAnAdminSeesAndRemovesLoginsAndTheServerRefusesALeadWhoCallsItAnyway() throws Exception {
        Rep ana = admin.people().addRep("Ana Lima", "ana@north.test", "North", Role.REP, null);
        admin.store().signIns().add(login("ana"), ana, "ana-password-1");

        assertThatThrownBy(() -> setup(lea).logins()).isInstanceOf(NotAllowedException.class)
                .hasMessage("lea@north.test (lead) may not see the logins: on a team store only an admin may; "
                        + "nothing was written");
        assertThatThrownBy(() -> setup(lea).removeLogin(login("ana"))).isInstanceOf(NotAllowedException.class)
                .hasMessage("lea@north.test (lead) may not remove logins: on a team store only an admin may; "
                        + "nothing was written");
        // The same call straight to the server, around every check of Promptly's: refused there too.
        try (var direct = java.sql.DriverManager.getConnection("jdbc:postgresql://" + store.hostAndPort() + "/"
                + store.database(), login("lea"), "lea-password-1");
             var call = direct.prepareStatement("SELECT promptly_remove_user(?)")) {
            call.setString(1, login("ana"));
            assertThatThrownBy(call::executeQuery).isInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(setup(admin).logins()).anySatisfy(l -> {
            assertThat(l.login()).isEqualTo(login("ana"));
            assertThat(l.canSignIn()).isTrue();
        });

        setup(admin).removeLogin(login("ana"));

        assertThat(setup(admin).logins()).extracting(SignIns.Login::login).doesNotContain(login("ana"));
        assertThat(TestPostgres.isMember(login("ana"), "promptly_rep")).isFalse();
    }

    private record Closing(AppContext context) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }
}
