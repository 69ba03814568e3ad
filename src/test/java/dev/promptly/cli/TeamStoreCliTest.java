package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.StoreLocation;
import dev.promptly.testing.CuttableProxy;
import dev.promptly.testing.TestPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The team store through the command line, on a real PostgreSQL server: set up, copied into, told apart. */
class TeamStoreCliTest {

    private static final String AT = "2026-11-23T12:00:00Z";

    @TempDir
    Path folder;

    @Test
    void setupCreatesTheSchemaOnceAndAClientRefusesAStoreThatIsNotSetUp() {
        StoreLocation.Server server = TestPostgres.newEmptyDatabase();
        CliRunner cli = new CliRunner(server);

        CliRunner.Result before = cli.run("teams", "list");
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err()).contains("is not set up for Promptly: run promptly store setup --db "
                + server.display());

        assertThat(cli.ok("store", "setup")).contains("Set up " + server.display() + ": schema 0 -> 8",
                "applied V1 initial schema", "applied V4 change notices", "applied V5 sign in and permissions");
        assertThat(cli.ok("store", "setup")).contains("is up to date (schema 8); nothing was changed");
        assertThat(cli.ok("teams", "list")).contains("(none)");
    }

    @Test
    void setupRefusesAnOwnerWhoMayNotCreateRolesAndWritesNothing() {
        StoreLocation.Server empty = TestPostgres.newEmptyDatabase();
        TestPostgres.execute("CREATE ROLE plain_owner_" + empty.database() + " LOGIN");
        TestPostgres.execute("ALTER DATABASE " + empty.database() + " OWNER TO plain_owner_" + empty.database());
        StoreLocation.Server asOwner = new StoreLocation.Server(empty.host(), empty.port(), empty.database(),
                "plain_owner_" + empty.database(), java.util.Map.of());

        CliRunner.Result refused = new CliRunner(asOwner).run("store", "setup");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("promptly: plain_owner_" + empty.database() + " may not create roles, "
                + "which setting up the team store needs: as a PostgreSQL superuser, run ALTER ROLE plain_owner_"
                + empty.database() + " CREATEROLE, then set up again; nothing was written\n");
        assertThat(tablesOf(empty)).as("nothing written").isZero();
    }

    @Test
    void setupRefusesADatabaseHoldingAnotherApplicationsTablesAndWritesNothing() {
        StoreLocation.Server foreign = TestPostgres.newEmptyDatabase();
        TestPostgres.executeIn(foreign.database(), "CREATE TABLE orders (id int); CREATE TABLE customers (id int)");

        CliRunner.Result refused = new CliRunner(foreign).run("store", "setup");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("promptly: the database at " + foreign.display() + " already holds "
                + "tables of another kind (customers, orders), not a Promptly store: set Promptly up in a database "
                + "of its own, created empty; nothing was written\n");
        assertThat(tablesOf(foreign)).isEqualTo(2);
    }

    private static long tablesOf(StoreLocation.Server server) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port()
                + "/" + server.database(), "postgres", "");
             var rows = c.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerThatAnswersNothingIsGivenUpOnAfterTheConnectTimeoutInOneLine() {
        StoreLocation.Server store = TestPostgres.newStore();
        try (CuttableProxy network = new CuttableProxy(store.port())) {
            StoreLocation.Server through = new StoreLocation.Server(store.host(), network.port(), store.database(),
                    store.user(), java.util.Map.of());
            network.silence();

            CliRunner.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> new CliRunner(through).run("teams", "list"),
                    "a silent server must be given up on after the 5 seconds a connection may take, not 30");

            assertThat(result.exitCode()).isEqualTo(4);
            assertThat(result.err()).startsWith("promptly: cannot reach the team store at 127.0.0.1:" + network.port())
                    .doesNotContain("\tat ").hasLineCount(1);
        }
    }

    @Test
    void aCopiedStoreGivesTheSameFiguresAndKeepsEveryId() {
        CliRunner file = new CliRunner(folder.resolve("promptly.db"));
        file.ok("demo", "generate", "--teams", "2", "--reps", "3", "--weeks", "3", "--at", AT);
        String rep = file.ok("reps", "list", "--format", "csv").lines().skip(1).findFirst().orElseThrow().split(",")[2];
        StoreLocation.Server server = TestPostgres.newEmptyDatabase();

        String copied = file.ok("store", "copy", "--from", folder.resolve("promptly.db").toString(), "--to",
                server.display());

        assertThat(copied).contains("Copied", "items", "item_events", "(the same on both sides)");
        CliRunner team = new CliRunner(server);
        for (String[] command : new String[][] {
            {"report", "weekly", "--team", "Support Berlin", "--at", AT, "--format", "json"},
            {"board", "--team", "Support Berlin", "--at", AT, "--format", "json"},
            {"queue", "--rep", rep, "--at", AT, "--format", "json"},
            {"items", "--format", "csv", "--at", AT},
            {"history", "1"},
            {"customers", "list", "--format", "csv"}}) {
            assertThat(team.ok(command)).as(String.join(" ", command)).isEqualTo(file.ok(command));
        }
        String lastId = file.ok("items", "--format", "csv", "--at", AT).lines().skip(1)
                .map(line -> Long.parseLong(line.split(",")[0])).max(Long::compare).orElseThrow().toString();
        String added = team.ok("add", "callback", "--rep", rep, "--customer", "New Customer", "--subject", "Hello",
                "--received", AT).strip();
        assertThat(Long.parseLong(added)).as("a new item after the copy").isGreaterThan(Long.parseLong(lastId));
    }

    @Test
    void aCopyIntoAServerThatAsksForAPasswordTakesItFromPgpassword() {
        CliRunner file = new CliRunner(folder.resolve("promptly.db"));
        file.ok("demo", "generate", "--teams", "1", "--reps", "2", "--weeks", "1", "--at", AT);
        String login = TestPostgres.passwordLogin("copier_" + ProcessHandle.current().pid(), "copy-secret-1");
        StoreLocation.Server empty = TestPostgres.newEmptyDatabase();
        String[] copy = {"store", "copy", "--from", folder.resolve("promptly.db").toString(), "--to",
            "postgresql://" + login + "@" + empty.hostAndPort() + "/" + empty.database()};

        CliRunner.Result withoutPassword = file.run(copy);
        CliRunner withPassword = new CliRunner(folder.resolve("promptly.db"), Map.of("PGPASSWORD", "copy-secret-1"));
        String copied = withPassword.ok(copy);

        assertThat(withoutPassword.exitCode()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(withoutPassword.err()).contains("asks for a password for " + login);
        assertThat(copied).contains("Copied", "(the same on both sides)");
        assertThat(new CliRunner(empty).ok("teams", "list")).contains("Support Berlin");
    }

    @Test
    void aWrongPasswordIsRefusedInWordsThatNameTheLoginAndNotThePassword() {
        String login = TestPostgres.passwordLogin("careful_" + ProcessHandle.current().pid(), "right-secret-1");
        StoreLocation.Server store = TestPostgres.newStore();
        String url = "postgresql://" + login + "@" + store.hostAndPort() + "/" + store.database();

        CliRunner.Result wrong = new CliRunner(folder.resolve("x.db"), Map.of("PGPASSWORD", "wrong-secret-1"))
                .run("--db", url, "teams", "list");
        CliRunner.Result right = new CliRunner(folder.resolve("x.db"), Map.of("PGPASSWORD", "right-secret-1"))
                .run("--db", url, "teams", "list");

        assertThat(wrong.exitCode()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(wrong.err()).contains("refused the login " + login + ": wrong password or unknown login")
                .doesNotContain("secret");
        assertThat(right.exitCode()).as(right.err()).isZero();
    }

    @Test
    void copyingIntoAStoreThatHoldsDataIsRefusedAndWritesNothing() {
        CliRunner file = new CliRunner(folder.resolve("promptly.db"));
        file.berlinTeamWithAnna();
        StoreLocation.Server server = TestPostgres.newStore();
        CliRunner team = new CliRunner(server);
        team.ok("teams", "add", "Support Paris", "--zone", "Europe/Paris");

        CliRunner.Result refused = file.run("store", "copy", "--from", folder.resolve("promptly.db").toString(),
                "--to", server.display());

        assertThat(refused.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(refused.err()).contains("is not empty (it holds 1 teams)", "Nothing was copied");
        assertThat(team.ok("teams", "list")).contains("Support Paris").doesNotContain("Support Berlin");
        assertThat(team.ok("reps", "list")).doesNotContain("anna@x.example");
    }

    @Test
    void infoTellsAFileFromATeamServer() {
        CliRunner team = new CliRunner(TestPostgres.newStore());
        CliRunner file = new CliRunner(folder.resolve("promptly.db"));
        file.berlinTeamWithAnna();

        assertThat(team.ok("store", "info")).contains("store:    team server", "engine:   PostgreSQL",
                "schema:   8", "login:    postgres", "items:    0");
        assertThat(file.ok("store", "info")).contains("store:    file on this computer", "engine:   SQLite",
                "schema:   5").doesNotContain("login:");
    }

    @Test
    void aServerOutOfReachExitsFourSayingWhere() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRunner cli = new CliRunner(new StoreLocation.Server("127.0.0.1", closed, "team", "ana", Map.of()));

        CliRunner.Result result = cli.run("queue");

        assertThat(result.exitCode()).isEqualTo(Cli.CONFLICT);
        assertThat(result.err().strip()).isEqualTo("promptly: cannot reach the team store at 127.0.0.1:" + closed
                + " (connection refused); nothing was written");
    }

    @Test
    void aTeamStoreIsBackedUpWithPgDumpAndItsUrlHoldsNoPassword() {
        CliRunner team = new CliRunner(TestPostgres.newStore());

        CliRunner.Result backup = team.run("backup", "--to", folder.resolve("copy.db").toString());
        CliRunner.Result password = new CliRunner(folder.resolve("x.db")).run("--db",
                "postgresql://ana:secret@db.example/team", "queue");

        assertThat(backup.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(backup.err()).contains("backed up on its server with PostgreSQL's pg_dump");
        assertThat(folder.resolve("copy.db")).doesNotExist();
        assertThat(password.exitCode()).isEqualTo(Cli.INVALID_DATA);
        assertThat(password.err()).contains("must not hold a password").doesNotContain("secret");
    }
}
