package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.StoreLocation;
import dev.promptly.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on a team store, as each person meets it: through the command line, signed in with their own
 * login, and through plain JDBC as that login, as someone with psql would. Every refusal leaves the store as it was.
 */
class TeamPermissionsCliTest {

    private static final AtomicInteger TEAMS = new AtomicInteger();
    /** Each person's phone extension, in the order they are added: ana 201, ben 202, lea 203, sam 204, max 205. */
    private final AtomicInteger EXTENSIONS = new AtomicInteger(200);

    private StoreLocation.Server store;
    private String suffix;
    private CliRunner admin;
    private String anaItem;
    private String benItem;
    private String samItem;

    @BeforeEach
    void setUp() {
        store = TestPostgres.newStore();
        suffix = "_" + TEAMS.incrementAndGet() + "_" + ProcessHandle.current().pid();
        admin = new CliRunner(store);
        admin.ok("teams", "add", "North", "--zone", "UTC");
        admin.ok("teams", "add", "South", "--zone", "UTC");
        person("Ana Lima", "ana", "North", "rep");
        person("Ben Okafor", "ben", "North", "rep");
        person("Lea Berg", "lea", "North", "lead");
        person("Sam Reyes", "sam", "South", "rep");
        person("Max Brandt", "max", "South", "manager");
        anaItem = callback("ana");
        benItem = callback("ben");
        samItem = callback("sam");
    }

    private void person(String name, String login, String team, String role) {
        admin.ok("reps", "add", "--name", name, "--email", login + "@north.test", "--team", team, "--role", role,
                "--extension", String.valueOf(EXTENSIONS.incrementAndGet()));
        assertThat(admin.ok("users", "add", login(login), "--rep", login + "@north.test"))
                .contains("Password (shown once): ");
    }

    private String login(String name) {
        return name + suffix;
    }

    private String callback(String owner) {
        return admin.ok("add", "callback", "--rep", owner + "@north.test", "--customer", "Customer of " + owner,
                "--subject", "Call back", "--received", "2026-11-23T09:00:00Z").strip();
    }

    private CliRunner as(String name) {
        return new CliRunner(store.withUser(login(name)));
    }

    /** What a refused action must leave unchanged: the rows, the newest event, every item's version. */
    private String fingerprint() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM item_events), "
                     + "(SELECT max(id) FROM item_events), (SELECT sum(version) FROM items), (SELECT string_agg("
                     + "email || ':' || role || ':' || coalesce(login, '-'), ',' ORDER BY id) FROM reps)")) {
            row.next();
            return row.getLong(1) + "/" + row.getLong(2) + "/" + row.getLong(3) + "/" + row.getLong(4) + "/"
                    + row.getString(5);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Connection connect(String user) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + store.port() + "/" + store.database(),
                user, "");
    }

    private void refused(CliRunner cli, String expected, String... args) {
        String before = fingerprint();
        CliRunner.Result result = cli.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isEqualTo(Cli.NOT_ALLOWED);
        assertThat(result.err()).contains(expected);
        assertThat(fingerprint()).as("nothing written by " + String.join(" ", args)).isEqualTo(before);
    }

    @Test
    void aRepActsOnTheirOwnItemsOnlyAndEscalatesToAnyone() {
        CliRunner ana = as("ana");

        assertThat(ana.ok("whoami")).contains("login: " + login("ana"), "rep:   Ana Lima <ana@north.test>",
                "team:  North", "role:  rep");
        assertThat(ana.ok("note", anaItem, "called twice")).contains("Noted");
        refused(ana, "ana@north.test (rep) may not add a note to item " + benItem + ": it belongs to Ben Okafor",
                "note", benItem, "sneaky");
        refused(ana, "ana@north.test (rep) may not reply to item " + benItem, "reply", benItem);
        refused(ana, "may not reassign item " + anaItem, "reassign", anaItem, "--to", "ben@north.test",
                "--reason", "busy");
        refused(ana, "may not add an item for Ben Okafor", "add", "callback", "--rep", "ben@north.test",
                "--customer", "X", "--subject", "Y", "--received", "2026-11-23T10:00:00Z");
        refused(ana, "ana@north.test (rep) may not add logins: only an admin may", "users", "add", login("ana") + "x", "--rep", "ben@north.test");
        refused(ana, "ana@north.test (rep) may not change roles: on a team store only an admin may; nothing was "
                + "written", "reps", "set-role", "ana@north.test", "--role", "manager");
        assertThat(ana.ok("items", "--format", "csv")).contains("ana@north.test", "ben@north.test")
                .doesNotContain("sam@north.test");
        assertThat(ana.ok("escalate", anaItem, "--to", "sam@north.test", "--reason", "South knows"))
                .contains("escalated");
        assertThat(ana.ok("history", anaItem)).as("the team still sees what it escalated").contains("South knows");
        assertThat(as("ben").ok("items", "--format", "csv")).contains("Customer of ana");
        refused(ana, "may not add a note to item " + anaItem + ": it belongs to Sam Reyes", "note", anaItem, "x");
        assertThat(ana.ok("add", "callback", "--rep", "ana@north.test", "--customer", "Own", "--subject", "Mine",
                "--received", "2026-11-23T10:00:00Z").strip()).matches("\\d+");
    }

    @Test
    void aLeadActsForTheTeamAndReassignsWithinItAManagerAcrossTeams() {
        CliRunner lea = as("lea");
        CliRunner max = as("max");

        assertThat(lea.ok("note", benItem, "I will take it")).contains("Noted");
        assertThat(lea.ok("reassign", benItem, "--to", "ana@north.test", "--reason", "Ben is off"))
                .contains("Reassigned 1 item");
        refused(lea, "lea@north.test (lead) may not reassign item " + anaItem + " to Sam Reyes: a lead reassigns "
                + "within their own team", "reassign", anaItem, "--to", "sam@north.test", "--reason", "x");
        assertThat(max.ok("reassign", anaItem, "--to", "sam@north.test", "--reason", "South has capacity"))
                .contains("Reassigned 1 item");
        assertThat(max.ok("history", anaItem)).contains("max@north.test");
    }

    /** Every action on an item, as the command line takes it; {@code %s} is the item. */
    private static final String[][] ACTIONS = {
        {"note", "%s", "checked the order"},
        {"delay", "%s", "--until", "2026-11-25T12:00:00Z", "--note", "waiting for finance"},
        {"attempt", "%s", "--outcome", "voicemail"}, // returns the call: the callback is done
    };

    private static String[] action(String[] template, String item) {
        return java.util.Arrays.stream(template).map(word -> word.replace("%s", item)).toArray(String[]::new);
    }

    @Test
    void everyActionIsAllowedOnWhatOneMayActForAndRefusedOnTheRest() {
        for (String[] template : ACTIONS) {
            refused(as("ana"), "ana@north.test (rep) may not", action(template, benItem));
            refused(as("lea"), "lea@north.test (lead) may not", action(template, samItem));
        }
        for (String[] template : ACTIONS) {
            String before = fingerprint();
            as("ana").ok(action(template, anaItem));
            as("lea").ok(action(template, benItem));
            as("max").ok(action(template, samItem));
            assertThat(fingerprint()).isNotEqualTo(before);
        }
        refused(as("ana"), "may not complete item " + benItem, "complete", benItem);
        assertThat(as("ana").ok("reopen", anaItem, "--note", "customer called again")).contains("reopened");
        refused(as("ana"), "may not reopen item " + benItem, "reopen", benItem, "--note", "not mine");
        assertThat(as("ana").ok("undo", anaItem)).containsIgnoringCase("undid");
        refused(as("sam"), "sam@north.test (rep) may not", "undo", anaItem);
    }

    /** A missed call to {@code extension} from a customer, as the phone system writes it. */
    private java.nio.file.Path missedCall(java.nio.file.Path folder, String extension, String caller)
            throws Exception {
        return java.nio.file.Files.writeString(folder.resolve("calls-" + extension + ".csv"), "\"\",\"" + caller
                + "\",\"" + extension + "\",\"from-pstn\",\"\"\"Caller\"\" <" + caller + ">\",\"PJSIP/trunk-1\",\"PJSIP/"
                + extension + "-1\",\"Dial\",\"\",\"2026-11-20 16:40:00\",,\"2026-11-20 16:40:30\",30,0,\"NO ANSWER\","
                + "\"DOCUMENTATION\"\n");
    }

    @Test
    void aRepImportsTheirOwnCallsAndALeadAddsForTheTeam(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        assertThat(as("ana").ok("import", "cdr", missedCall(folder, "201", "+4930111").toString(), "--utc"))
                .contains("1 call (");
        assertThat(as("ana").ok("queue", "--rep", "ana@north.test", "--format", "csv")).contains("+4930111");
        refused(as("ana"), "may not do this", "import", "cdr", missedCall(folder, "202", "+4930222").toString(),
                "--utc");

        assertThat(as("lea").ok("add", "callback", "--rep", "ana@north.test", "--customer", "For Ana", "--subject",
                "Call back", "--received", "2026-11-23T10:00:00Z").strip()).matches("\\d+");
        refused(as("lea"), "lea@north.test (lead) may not add an item for Sam Reyes: they are not in your team",
                "add", "callback", "--rep", "sam@north.test", "--customer", "X", "--subject", "Y", "--received",
                "2026-11-23T10:00:00Z");
    }

    @Test
    void onlyAnAdminSetsUpTeamsPoliciesAndPeople() {
        for (String login : new String[] {"ana", "lea", "max"}) {
            refused(as(login), "may not add teams: on a team store only an admin may", "teams", "add", "West",
                    "--zone", "UTC");
            refused(as(login), "may not add people: on a team store only an admin may", "reps", "add", "--name",
                    "Eve", "--email", "eve@north.test", "--team", "North");
            refused(as(login), "may not set a team's policy: on a team store only an admin may", "teams",
                    "set-policy", "North", "--clock", "calendar", "--target", "PT8H");
        }
        refused(as("lea"), "lea@north.test (lead) may not change roles: on a team store only an admin may",
                "reps", "set-role", "ana@north.test", "--role", "manager");
        assertThat(admin.ok("teams", "set-policy", "North", "--clock", "calendar", "--target", "PT8H")).isNotBlank();
    }

    @Test
    void boardsAndSummariesAreATeamsOwnAManagersEveryTeams() {
        CliRunner lea = as("lea");

        assertThat(lea.ok("board", "--team", "North", "--format", "csv")).contains("ana@north.test");
        assertThat(lea.ok("report", "weekly", "--team", "North", "--format", "csv")).contains("Ana Lima");
        refused(lea, "lea@north.test (lead) may not see the board of South: only of their own team, North",
                "board", "--team", "South");
        assertThat(as("ana").ok("report", "weekly", "--format", "csv")).as("their own team when none is named")
                .contains("Ana Lima").doesNotContain("Sam Reyes");
        assertThat(lea.ok("board", "--format", "csv")).contains("ana@north.test").doesNotContain("sam@north.test");
        assertThat(as("max").ok("report", "weekly", "--format", "csv")).contains("Ana Lima", "Sam Reyes");
        assertThat(as("max").ok("board", "--team", "North", "--format", "csv")).contains("ben@north.test");
    }

    @Test
    void aRepOrLeadNamingAnotherTeamsWorkIsRefusedAndTheirOwnTeamsIsListed() {
        refused(as("ana"), "ana@north.test (rep) may not see the queue of South: only of their own team, North",
                "queue", "--team", "South");
        refused(as("ana"), "ana@north.test (rep) may not see the queue of Sam Reyes: they are in South, another team",
                "queue", "--rep", "sam@north.test");
        refused(as("ana"), "ana@north.test (rep) may not see the items of Sam Reyes: they are in South, another team",
                "items", "--rep", "sam@north.test");
        refused(as("lea"), "lea@north.test (lead) may not see the items of South: only of their own team, North",
                "items", "--team", "South");

        assertThat(as("ana").ok("queue", "--team", "North", "--format", "csv")).contains("Customer of ben");
        assertThat(as("ana").ok("items", "--rep", "ben@north.test", "--format", "csv")).contains("Customer of ben");
        assertThat(as("max").ok("queue", "--team", "North", "--format", "csv")).as("a manager sees every team")
                .contains("Customer of ana");
        assertThat(as("max").ok("items", "--rep", "ana@north.test", "--format", "csv")).contains("Customer of ana");
    }

    @Test
    void onlyAnAdminListsTheLogins() {
        refused(as("ana"), "ana@north.test (rep) may not list logins: only an admin may", "users", "list");
        refused(as("lea"), "lea@north.test (lead) may not list logins: only an admin may", "users", "list");
        refused(as("max"), "max@north.test (manager) may not list logins: only an admin may", "users", "list");
        assertThat(as("max").run("users", "list").out()).isEmpty();

        assertThat(admin.ok("users", "list", "--format", "csv")).contains(login("ana") + ",ana@north.test,rep,yes");
    }

    @Test
    void someoneWithPsqlCannotGetAroundTheRules() throws Exception {
        String before = fingerprint();
        try (Connection ana = connect(login("ana")); Statement sql = ana.createStatement()) {
            long later = java.time.Instant.parse("2026-11-23T11:00:00Z").toEpochMilli();
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO item_events (item_id, type, at, note) VALUES ("
                    + benItem + ", 'note', " + later + ", 'x')")).hasMessageContaining("row-level security");
            assertThat(sql.executeUpdate("UPDATE items SET owner_rep_id = owner_rep_id WHERE id = " + benItem))
                    .as("another rep's item is not there to change").isZero();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE items SET subject = 'x' WHERE id = " + anaItem))
                    .hasMessageContaining("changed without an event");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE item_events SET note = 'x'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO item_events (item_id, type, at, note) VALUES ("
                    + anaItem + ", 'note', 0, 'back-dated')")).as("a history that could not be replayed")
                    .hasMessageContaining("in the order they happened");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM item_events"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE reps SET role = 'manager' WHERE login = current_user"))
                    .hasMessageContaining("permission denied");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM items WHERE id = " + samItem)) {
                rows.next();
                assertThat(rows.getLong(1)).as("another team's item is not seen").isZero();
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
        try (Connection owner = connect("postgres"); Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE item_events SET note = 'x'"))
                    .as("the log is append-only for the owner too").hasMessageContaining("append-only");
        }
    }

    @Test
    void anEditObeysTheSameRulesAsAnyActionAndTheServerKeepsCustomersToRecordedEdits() throws Exception {
        assertThat(as("ana").ok("edit", anaItem, "--subject", "Refund", "--phone", "+1 555 0100",
                "--at", "2026-11-23T10:00:00Z")).contains("Edited item " + anaItem + ": subject, phone");
        refused(as("ana"), "ana@north.test (rep) may not edit item " + benItem + ": it belongs to Ben Okafor",
                "edit", benItem, "--subject", "Not mine", "--at", "2026-11-23T10:00:00Z");
        refused(as("lea"), "lea@north.test (lead) may not see item " + samItem, "edit", samItem, "--phone", "1",
                "--at", "2026-11-23T10:00:00Z");
        assertThat(as("lea").ok("edit", benItem, "--company", "Acme", "--at", "2026-11-23T10:00:00Z"))
                .contains("company");
        assertThat(admin.ok("history", anaItem, "--format", "csv"))
                .contains("edited,2026-11-23T10:00:00Z,ana@north.test", "subject,Call back,Refund");

        String before = fingerprint();
        try (Connection ana = connect(login("ana")); Statement sql = ana.createStatement()) {
            long later = java.time.Instant.parse("2026-11-23T11:00:00Z").toEpochMilli();
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO item_events (item_id, type, at, field, old_value, "
                    + "new_value) VALUES (" + benItem + ", 'edited', " + later + ", 'subject', 'Call back', 'x')"))
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE customers SET phone = 'x' WHERE id = (SELECT customer_id "
                    + "FROM items WHERE id = " + anaItem + ")")).hasMessageContaining("without an edit");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRepUndoesHerOwnEditWholeTheCustomersPhoneIncluded() {
        as("ana").ok("edit", anaItem, "--subject", "Refund", "--phone", "+1 555 0100", "--at", "2026-11-23T10:00:00Z");

        assertThat(as("ana").ok("undo", anaItem, "--at", "2026-11-23T10:01:00Z")).contains("Undid");

        assertThat(admin.ok("history", anaItem, "--format", "csv"))
                .contains("undone,2026-11-23T10:01:00Z,ana@north.test");
        assertThat(admin.ok("customers", "list", "--format", "csv")).doesNotContain("+1 555 0100");
        assertThat(admin.ok("items", "--format", "csv", "--at", "2026-11-23T10:02:00Z")).doesNotContain("Refund");
    }

    @Test
    void theActorOfAnEventIsTheSignedInRepWhateverTheClientSends() throws Exception {
        try (Connection ana = connect(login("ana")); Statement sql = ana.createStatement()) {
            ana.setAutoCommit(false);
            sql.executeUpdate("INSERT INTO item_events (item_id, type, at, actor_rep_id, note) VALUES (" + anaItem
                    + ", 'note', " + java.time.Instant.parse("2026-11-23T11:00:00Z").toEpochMilli() + ", (SELECT id FROM reps WHERE email = 'ben@north.test'), 'as Ben?')");
            sql.executeUpdate("UPDATE items SET version = version + 1 WHERE id = " + anaItem);
            ana.commit();
        }
        assertThat(admin.ok("history", anaItem, "--format", "csv").lines()
                .filter(line -> line.contains("as Ben?")).findFirst().orElseThrow())
                .contains("ana@north.test").doesNotContain("ben@north.test");
        CliRunner.Result pretending = new CliRunner(store.withUser(login("ana"))).run("note", anaItem, "hello",
                "--by", "ben@north.test");
        assertThat(pretending.exitCode()).isEqualTo(Cli.NOT_ALLOWED);
        assertThat(pretending.err()).contains("on a team store you act as yourself");
    }

    @Test
    void aNewRoleGivesTheLoginItsRightsAtOnce() {
        refused(as("ana"), "may not add a note to item " + benItem, "note", benItem, "covering");

        assertThat(admin.ok("reps", "set-role", "ana@north.test", "--role", "lead")).contains("is now a lead");

        assertThat(as("ana").ok("whoami")).contains("role:  lead");
        assertThat(as("ana").ok("note", benItem, "covering for Ben")).contains("Noted");
        assertThat(admin.ok("users", "list", "--format", "csv")).contains(login("ana") + ",ana@north.test,lead,yes");
        assertThat(TestPostgres.isMember(login("ana"), "promptly_lead")).isTrue();
        assertThat(TestPostgres.isMember(login("ana"), "promptly_rep")).isFalse();
    }

    @Test
    void anAdminWhoIsNoRepMustSayWhoActedAndIsNeverRecordedAsTheOwner() {
        CliRunner.Result unnamed = admin.run("note", anaItem, "admin note");

        assertThat(unnamed.exitCode()).isEqualTo(Cli.NOT_ALLOWED);
        assertThat(unnamed.err()).contains("may not add a note to item " + anaItem + " without saying who did it: "
                + "this login is not one of the reps");
        assertThat(admin.ok("history", anaItem)).doesNotContain("admin note");
        assertThat(admin.ok("note", anaItem, "on Lea's behalf", "--by", "lea@north.test")).contains("Noted");
        assertThat(admin.ok("history", anaItem, "--format", "csv")).contains("lea@north.test", "on Lea's behalf");
    }

    @Test
    void removingALoginTakesItsRightsAndKeepsTheHistory() {
        as("ana").ok("note", anaItem, "before leaving");
        admin.ok("users", "remove", login("ana"));

        CliRunner.Result after = as("ana").run("queue");
        assertThat(after.exitCode()).isEqualTo(Cli.NOT_ALLOWED);
        assertThat(after.err()).contains(login("ana") + " may not use the team store at ",
                ": it is not, or no longer, a Promptly login there; an admin gives access with promptly users add");
        assertThat(admin.ok("history", anaItem)).contains("before leaving", "ana@north.test");
        assertThat(admin.ok("users", "list", "--format", "csv")).doesNotContain(login("ana") + ",");
    }
}
