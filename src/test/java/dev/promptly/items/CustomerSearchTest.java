package dev.promptly.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.AppContext;
import dev.promptly.TestWorld;
import dev.promptly.StoreLocation;
import dev.promptly.people.Customer;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.testing.StoreBackend;
import dev.promptly.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Finding any customer of the team, on both stores: by phone in any formatting, company, email; scoped to teams. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CustomerSearchTest {

    private static int logins;

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TestWorld world;
    private CustomerSearch search;
    private Team hamburg;
    private Rep carl;
    private Rep mia;
    private Customer chia;
    private Item chiasCall;

    @BeforeEach
    void setUp() {
        world = new TestWorld(folder, backend);
        search = world.context.customerSearch();
        var people = world.context.people();
        hamburg = people.addTeam("Support Hamburg", ZoneId.of("Europe/Berlin"), ResponsePolicy.standard());
        carl = people.addRep("Carl Weber", "carl@promptly.example", hamburg.name(), Role.REP, null);
        mia = people.addRep("Mia Wolf", "mia@promptly.example", hamburg.name(), Role.MANAGER, null);
        chia = people.addCustomer(new Customer(0, "Chia Santos", "Nordwind GmbH", "+49 30 5550 0024",
                "chia@nordwind.example", null));
        Customer olaf = people.addCustomer(new Customer(0, "Olaf Berg", "Hafenbau AG", "040 5550 7777",
                "olaf@hafenbau.example", null));
        // Ben (Anna's colleague) has Chia's open call; Anna answered an email of hers last week; Olaf is Hamburg's.
        chiasCall = add(ItemKind.CALLBACK, world.ben, chia, "Invoice question", "2026-11-23T09:00:00Z");
        Item email = add(ItemKind.EMAIL, world.anna, chia, "Delivery date", "2026-11-16T09:00:00Z");
        world.context.items().apply(email.id(), null, new ItemAction.Reply(Instant.parse("2026-11-16T10:00:00Z")));
        add(ItemKind.CALLBACK, carl, olaf, "Crane rental", "2026-11-23T08:00:00Z");
        add(ItemKind.CALLBACK, carl, chia, "Hamburg office", "2026-11-23T08:30:00Z");
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private Item add(ItemKind kind, Rep owner, Customer customer, String subject, String received) {
        return world.context.items().add(new NewItem(kind, owner, customer, subject, Priority.CUSTOMER,
                Instant.parse(received), null, null, NewItem.MANUAL, null));
    }

    private List<CustomerSearch.Found> asAnna(String typed) {
        return search.find(typed, search.scope(world.anna, null), TestWorld.NOW);
    }

    private static List<String> names(List<CustomerSearch.Found> found) {
        return found.stream().map(f -> f.customer().name()).toList();
    }

    @Test
    void aPhoneInAnyFormattingFindsTheCustomerWithAColleaguesOpenItem() {
        for (String typed : List.of("5550 0024", "55500024", "030 5550 0024", "+49 30 5550-0024", "0049 (30) 55500024")) {
            List<CustomerSearch.Found> found = asAnna(typed);
            assertThat(names(found)).as(typed).containsExactly("Chia Santos");
            assertThat(found.get(0).open()).extracting(v -> v.item().id(), v -> v.owner().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(chiasCall.id(), "Ben Okafor"));
            assertThat(found.get(0).recent()).extracting(v -> v.item().subject()).containsExactly("Delivery date");
        }
        assertThat(asAnna("5550 0025")).isEmpty();
    }

    @Test
    void companyEmailAndNameFindIgnoringCase() {
        assertThat(names(asAnna("nordwind"))).containsExactly("Chia Santos");
        assertThat(names(asAnna("CHIA@NORDWIND"))).containsExactly("Chia Santos");
        assertThat(names(asAnna("santos"))).containsExactly("Chia Santos");
        assertThat(asAnna("100%")).isEmpty();
        assertThat(asAnna("   ")).isEmpty();
    }

    @Test
    void aRepFindsTheirTeamsCustomersOnlyAndAManagerEveryTeams() {
        assertThat(asAnna("Hafenbau")).isEmpty();
        assertThat(asAnna("5550 7777")).isEmpty();
        // Chia has an item in Hamburg too: Anna sees only Berlin's.
        assertThat(asAnna("Chia").get(0).open()).extracting(v -> v.item().subject()).containsExactly("Invoice question");

        List<CustomerSearch.Found> asManager = search.find("5550", search.scope(mia, null), TestWorld.NOW);
        assertThat(names(asManager)).containsExactly("Chia Santos", "Olaf Berg");
        assertThat(asManager.get(0).open()).extracting(v -> v.owner().name())
                .containsExactlyInAnyOrder("Ben Okafor", "Carl Weber");
    }

    @Test
    void onTheTeamServerASignedInRepSeesOnlyWhatTheServerShowsThem() {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.POSTGRESQL);
        String login = "carl_find_" + (++logins) + "_" + ProcessHandle.current().pid();
        world.context.store().signIns().add(login, carl, "unused");
        StoreLocation.Server server = (StoreLocation.Server) world.context.store().location();
        AppContext asCarl = AppContext.open(server.withUser(login), null, Clock.fixed(TestWorld.NOW, ZoneOffset.UTC));
        try {
            CustomerSearch carls = asCarl.customerSearch();
            var signedIn = asCarl.signedIn().orElseThrow();
            Set<Long> scope = carls.scope(carl, signedIn);
            List<CustomerSearch.Found> found = carls.find("Chia", scope, TestWorld.NOW);
            assertThat(names(found)).containsExactly("Chia Santos");
            assertThat(found.get(0).open()).extracting(v -> v.item().subject()).containsExactly("Hamburg office");
            assertThat(found.get(0).recent()).isEmpty();
            // Even asked for every team, the server lets a rep see their team's items only.
            List<CustomerSearch.Found> unscoped = carls.find("Chia", null, TestWorld.NOW);
            assertThat(unscoped.get(0).open()).extracting(v -> v.item().subject()).containsExactly("Hamburg office");
            assertThat(names(carls.find("5550", null, TestWorld.NOW))).containsExactly("Chia Santos", "Olaf Berg");
            assertThat(carls.find("Delivery", null, TestWorld.NOW)).isEmpty();
        } finally {
            asCarl.close();
        }
    }

    @Test
    void newItemSuggestsNamesThatStartWithWhatIsTypedBeforeCompaniesThatHoldIt() {
        var people = world.context.people();
        people.addCustomer(new Customer(0, "Amelia Nguyen", "Zenith Architects", null, null, null));
        people.addCustomer(new Customer(0, "Ruth Chilton", null, null, null, null));

        List<String> suggested = people.suggestCustomers("Chi", 8).stream().map(Customer::name).toList();

        assertThat(suggested).containsExactly("Chia Santos", "Ruth Chilton", "Amelia Nguyen");
    }
}
