package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.StoreLocation;
import dev.promptly.TestWorld;
import dev.promptly.common.ChangeFeed;
import dev.promptly.common.UnavailableException;
import dev.promptly.items.ItemKind;
import dev.promptly.items.NewItem;
import dev.promptly.items.Priority;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.TestPostgres;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The team store's live updates: one desktop hears what another commits, and when the server goes and comes back. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServerChangeFeedTest {

    private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    private StoreLocation.Server location;
    private AppContext listening;
    private AppContext other;
    private Rep anna;
    private Rep ben;

    @BeforeEach
    void open() throws Exception {
        location = TestPostgres.newStore();
        Clock clock = Clock.fixed(TestWorld.NOW, ZoneOffset.UTC);
        other = AppContext.open(location, null, clock);
        other.people().addTeam("Support", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        anna = other.people().addRep("Anna Schmidt", "anna@x.example", "Support", Role.REP, null);
        ben = other.people().addRep("Ben Okafor", "ben@x.example", "Support", Role.REP, null);
        listening = AppContext.open(location, null, clock);
        ChangeFeed feed = listening.changes().orElseThrow();
        feed.start(new ChangeFeed.Listener() {
            @Override
            public void changed(ChangeFeed.Change change) {
                heard.add(change);
            }

            @Override
            public void lost(UnavailableException why) {
                heard.add(why);
            }

            @Override
            public void restored() {
                heard.add("restored");
            }
        });
        waitUntilListening();
    }

    @AfterEach
    void close() {
        listening.close();
        other.close();
    }

    @Test
    void hearsWhoseItemsAnotherDesktopChanged() throws Exception {
        add(anna, "Acme");
        assertThat(next()).isEqualTo(new ChangeFeed.Change(false, java.util.Set.of(anna.id())));

        long item = add(ben, "Globex");
        assertThat(next()).isEqualTo(new ChangeFeed.Change(false, java.util.Set.of(ben.id())));
        other.items().reassign(List.of(item), anna.id(), "Ben is away", TestWorld.NOW, null);
        ChangeFeed.Change moved = (ChangeFeed.Change) next();
        // Both the rep who lost the item and the one who got it hear of it (in one notice or two).
        if (!moved.concerns(ben.id()) || !moved.concerns(anna.id())) {
            moved = moved.and((ChangeFeed.Change) next());
        }
        assertThat(moved.concerns(ben.id()) && moved.concerns(anna.id())).isTrue();
    }

    @Test
    void noticesTheConnectionKilledAndComesBackByItself() throws Exception {
        TestPostgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + ServerChangeFeed.APPLICATION_NAME + "' AND datname = '" + location.database() + "'");
        Object lost = next();
        assertThat(lost).isInstanceOf(UnavailableException.class);
        assertThat(((UnavailableException) lost).getMessage()).startsWith("cannot reach the team store at 127.0.0.1:");
        assertThat(next()).isEqualTo("restored");

        add(anna, "After the outage");
        assertThat(next()).isEqualTo(new ChangeFeed.Change(false, java.util.Set.of(anna.id())));
    }

    @Test
    void aClosedFeedStopsListening() throws Exception {
        listening.close();
        TestPostgres.executeIn(location.database(), "SELECT 1"); // the server is fine
        assertThat(listeners()).isZero();
        add(anna, "Nobody hears this");
        assertThat(heard.poll(700, TimeUnit.MILLISECONDS)).isNull();
        listening = AppContext.open(location, null, Clock.systemUTC()); // for the common close
    }

    private long add(Rep owner, String customer) {
        return other.items().add(new NewItem(ItemKind.CALLBACK, owner, Customer.named(customer), "About the invoice",
                Priority.CUSTOMER, TestWorld.NOW, null, null, NewItem.MANUAL, null)).id();
    }

    private Object next() throws InterruptedException {
        Object event = heard.poll(8, TimeUnit.SECONDS);
        assertThat(event).as("heard within 8 s").isNotNull();
        return event;
    }

    private void waitUntilListening() throws InterruptedException {
        for (int i = 0; i < 100 && listeners() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(listeners()).isEqualTo(1);
    }

    private long listeners() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + location.port()
                + "/postgres", "postgres", "");
             var s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND "
                     + "datname = ? AND query LIKE 'LISTEN%'")) {
            s.setString(1, ServerChangeFeed.APPLICATION_NAME);
            s.setString(2, location.database());
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
