package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(folder.resolve("promptly.db"));
    }

    private void berlinTeam() {
        cli.ok("teams", "add", "Support Berlin", "--zone", "Europe/Berlin");
        cli.ok("reps", "add", "--name", "Anna Schmidt", "--email", "anna@x.example", "--team", "Support Berlin",
                "--extension", "201");
        cli.ok("reps", "add", "--name", "Ben Okafor", "--email", "ben@x.example", "--team", "Support Berlin",
                "--role", "lead");
    }

    private long addCallback(String received) {
        return Long.parseLong(cli.ok("add", "callback", "--rep", "anna@x.example", "--customer", "Carla Diaz",
                "--subject", "Missed call", "--received", received).strip());
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(cli.ok(args));
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(cli.ok("--version")).startsWith("Promptly ");
    }

    @Test
    void versionAfterAnyCommandNamesTheProduct() {
        String version = cli.ok("--version");
        assertThat(cli.ok("queue", "-V")).isEqualTo(version);
        assertThat(cli.ok("teams", "add", "-V")).isEqualTo(version);
        assertThat(cli.ok("report", "weekly", "--version")).isEqualTo(version);
        assertThat(cli.ok("import", "-V")).isEqualTo(version);
    }

    @Test
    void helpListsEveryCommandAndAGroupsHelpEveryCommandOfTheGroup() {
        String help = cli.ok("--help");
        for (Class<?> command : RootCommand.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help).as(name).containsPattern("(?m)^  " + name + " ");
        }
        assertThat(cli.ok("teams", "--help")).contains("  add ", "  list ", "  recalculate ", "  set-policy ",
                "  show ");
    }

    @Test
    void everyCommandIsListedWithAWholeSentenceAsItsSummary() {
        Map<String, String> root = commandSummaries(cli.ok("--help"));
        assertThat(root).hasSize(RootCommand.COMMANDS.size());
        assertThat(root.get("board")).isEqualTo("The team lead's board: every rep's figures and what needs attention.");
        root.forEach((name, summary) -> assertThat(summary).as(name).endsWith("."));

        Map<String, String> imports = commandSummaries(cli.ok("import", "--help"));
        assertThat(imports).containsOnlyKeys("cdr", "csv", "mbox");
        imports.forEach((name, summary) -> assertThat(summary).as("import " + name).endsWith("."));

        for (String group : root.keySet()) {
            String help = cli.ok(group, "--help");
            if (help.contains("Commands:")) {
                commandSummaries(help).forEach((name, summary) ->
                        assertThat(summary).as(group + " " + name).endsWith("."));
            }
        }
    }

    /** A help text's list of commands: each name with its summary, its wrapped lines joined. */
    private static Map<String, String> commandSummaries(String help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("  (\\S+) +(.*)");
        String current = null;
        for (String line : help.substring(help.indexOf("Commands:")).lines().skip(1).toList()) {
            Matcher named = entry.matcher(line);
            if (named.matches()) {
                current = named.group(1);
                summaries.put(current, named.group(2).strip());
            } else if (current != null) {
                summaries.merge(current, " " + line.strip(), String::concat);
            }
        }
        return summaries;
    }

    @Test
    void aMistypedCommandIsRefusedWithTheUsageHint() {
        CliRunner.Result result = cli.run("teams", "lsit");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'lsit'", "Try 'promptly teams --help'");
    }

    @Test
    void anUnknownCommandIsNamedAsOne() {
        CliRunner.Result result = cli.run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("promptly: unknown command 'frobnicate'\n"
                + "Try 'promptly --help' for more information.\n");
    }

    @Test
    void optionsThatExcludeEachOtherAreNamedWithoutPicocliPrefix() {
        CliRunner.Result result = cli.run("queue", "--rep", "anna@x.example", "--team", "Support Berlin");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("promptly: --rep=EMAIL, --team=NAME are mutually exclusive (specify only "
                + "one)\n").doesNotContain("Error");
    }

    @Test
    void theStoreMayBeNamedAfterTheCommandItGoesWith() {
        Path other = folder.resolve("other.db");
        cli.ok("teams", "--db", other.toString(), "add", "Support Lisbon", "--zone", "Europe/Lisbon");

        assertThat(cli.ok("teams", "list", "--db", other.toString())).contains("Support Lisbon");
        assertThat(cli.ok("teams", "list")).doesNotContain("Support Lisbon");
    }

    @Test
    void teamsAndRepsAreListedInEveryFormat() throws Exception {
        berlinTeam();

        JsonNode teams = json("teams", "list", "--format", "json");
        assertThat(teams.get(0).get("name").asText()).isEqualTo("Support Berlin");
        assertThat(teams.get(0).get("target").asText()).isEqualTo("PT24H");
        assertThat(cli.ok("reps", "list", "--format", "csv").lines())
                .containsExactly("id,name,email,team,role,extension",
                        "1,Anna Schmidt,anna@x.example,Support Berlin,rep,201",
                        "2,Ben Okafor,ben@x.example,Support Berlin,lead,");
        assertThat(cli.ok("teams", "list")).contains("NAME", "Support Berlin", "Europe/Berlin");
    }

    @Test
    void addedCallbackIsDueByTheTargetAndShownInTheQueueAsJson() throws Exception {
        berlinTeam();
        long id = addCallback("2026-11-20T16:40:00+01:00");

        JsonNode queue = json("queue", "--rep", "anna@x.example", "--at", "2026-11-21T14:00:00+01:00",
                "--format", "json");

        assertThat(queue).hasSize(1);
        JsonNode row = queue.get(0);
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("kind").asText()).isEqualTo("callback");
        assertThat(row.get("rep").asText()).isEqualTo("anna@x.example");
        assertThat(row.get("customer").asText()).isEqualTo("Carla Diaz");
        assertThat(row.get("priority").asText()).isEqualTo("customer");
        assertThat(row.get("received_at").asText()).isEqualTo("2026-11-20T16:40:00+01:00");
        assertThat(row.get("due_at").asText()).isEqualTo("2026-11-21T16:40:00+01:00");
        assertThat(row.get("state").asText()).isEqualTo("due-soon");
        assertThat(row.get("attempts").asInt()).isZero();
        assertThat(row.get("promised_until").isNull()).isTrue();
    }

    @Test
    void everyActionIsRecordedInTheHistory() throws Exception {
        berlinTeam();
        long callback = addCallback("2026-11-20T09:00:00Z");
        String id = String.valueOf(callback);

        cli.ok("attempt", id, "--outcome", "no-answer", "--at", "2026-11-20T10:00:00Z");
        cli.ok("note", id, "left a message with reception", "--at", "2026-11-20T10:05:00Z");
        cli.ok("delay", id, "--until", "2026-11-22T12:00:00Z", "--note", "needs billing", "--at", "2026-11-20T11:00:00Z");
        cli.ok("escalate", id, "--to", "ben@x.example", "--reason", "billing question", "--at", "2026-11-20T12:00:00Z");
        cli.ok("reassign", id, "--to", "anna@x.example", "--reason", "back to owner", "--at", "2026-11-20T13:00:00Z");
        assertThat(cli.ok("attempt", id, "--outcome", "voicemail", "--at", "2026-11-21T09:00:00Z")).contains("returned");
        cli.ok("reopen", id, "--note", "customer called again", "--at", "2026-11-21T10:00:00Z");
        cli.ok("complete", id, "--at", "2026-11-21T11:00:00Z");

        JsonNode history = json("history", id, "--format", "json");
        assertThat(history).extracting(e -> e.get("event").asText()).containsExactly("created", "attempt", "note",
                "delay", "escalated", "reassigned", "attempt", "reopened", "completed");
        assertThat(history.get(4).get("from").asText()).isEqualTo("anna@x.example");
        assertThat(history.get(4).get("to").asText()).isEqualTo("ben@x.example");
        assertThat(history.get(3).get("promised_until").asText()).isEqualTo("2026-11-22T13:00:00+01:00");
        assertThat(json("history", id, "--at", "2026-11-20T10:30:00Z", "--format", "json")).hasSize(3);
    }

    @Test
    void undoTakesBackOnlyTheLatestAction() throws Exception {
        berlinTeam();
        String id = String.valueOf(addCallback("2026-11-20T09:00:00Z"));
        cli.ok("escalate", id, "--to", "ben@x.example", "--reason", "billing", "--at", "2026-11-20T10:00:00Z");

        assertThat(cli.ok("undo", id, "--at", "2026-11-20T10:00:05Z")).contains("Undid");

        JsonNode history = json("history", id, "--format", "json");
        assertThat(history).extracting(e -> e.get("event").asText()).containsExactly("created", "escalated", "undone");
        assertThat(history.get(2).get("undoes").asLong()).isEqualTo(history.get(1).get("id").asLong());
        assertThat(json("queue", "--rep", "anna@x.example", "--format", "json")).hasSize(1);
        CliRunner.Result nothingLeft = cli.run("undo", id, "--at", "2026-11-20T10:01:00Z");
        assertThat(nothingLeft.exitCode()).isEqualTo(3);
        assertThat(nothingLeft.err()).contains("no action to undo");
    }

    @Test
    void emailsAreReplied() throws Exception {
        berlinTeam();
        String id = cli.ok("add", "email", "--rep", "anna@x.example", "--customer", "Dan", "--received",
                "2026-11-20T09:00:00Z").strip();

        cli.ok("reply", id, "--at", "2026-11-20T15:00:00Z");

        JsonNode items = json("items", "--format", "json");
        assertThat(items.get(0).get("responded_at").asText()).isEqualTo("2026-11-20T16:00:00+01:00");
        assertThat(items.get(0).get("state").asText()).isEqualTo("done-on-time");
    }

    @Test
    void itemsListsARangeAsItStoodAtAnInstant() throws Exception {
        berlinTeam();
        cli.ok("add", "commitment", "--rep", "anna@x.example", "--customer", "Carla", "--subject", "Send quote",
                "--received", "2026-11-16T09:00:00Z", "--due", "2026-11-18T16:00:00Z");
        long second = addCallback("2026-11-19T09:00:00Z");
        cli.ok("attempt", String.valueOf(second), "--outcome", "reached", "--at", "2026-11-20T10:00:00Z");
        addCallback("2026-11-22T09:00:00Z");

        JsonNode items = json("items", "--team", "Support Berlin", "--kind", "callback", "--from",
                "2026-11-17T00:00:00Z", "--to", "2026-11-23T00:00:00Z", "--at", "2026-11-20T12:00:00Z",
                "--format", "json");

        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(items.get(0).get("state").asText()).isEqualTo("done-late");
        assertThat(items.get(0).get("source").asText()).isEqualTo("manual");
        assertThat(cli.ok("items", "--kind", "commitment", "--format", "csv")).contains("Send quote", "overdue");
    }

    @Test
    void demoDataIsTheSameForTheSameSeed() {
        CliRunner other = new CliRunner(folder.resolve("other.db"));
        String[] generate = {"demo", "generate", "--teams", "2", "--reps", "3", "--weeks", "2", "--items", "300",
                "--seed", "7"};

        assertThat(cli.ok(generate)).contains("Generated 2 teams, 6 reps", "300 items");
        other.ok(generate);

        String listing = cli.ok("items", "--format", "csv");
        assertThat(listing.lines()).hasSize(301);
        assertThat(other.ok("items", "--format", "csv")).isEqualTo(listing);
        assertThat(listing).contains("overdue", "done-late", "done-on-time");
        assertThat(cli.ok("queue", "--format", "csv")).contains("informed");
    }

    @Test
    void backupWritesACopyThatPassesTheCheck() {
        berlinTeam();
        addCallback("2026-11-20T09:00:00Z");
        Path copy = folder.resolve("backup.db");

        cli.ok("backup", "--to", copy.toString());

        assertThat(Files.exists(copy)).isTrue();
        assertThat(cli.ok("check", "--db", copy.toString())).contains("ok");
        assertThat(cli.ok("--db", copy.toString(), "queue", "--format", "csv").lines()).hasSize(2);
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRunner.Result unknownOption = cli.run("queue", "--colour", "red");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown options: '--colour'").doesNotContain("Exception");

        assertThat(cli.run("reps", "add", "--name", "X").exitCode()).isEqualTo(2);
        assertThat(cli.run("add", "meeting", "--rep", "a@x.example", "--customer", "C").exitCode()).isEqualTo(2);
        assertThat(cli.run().exitCode()).isEqualTo(2);
        assertThat(cli.run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void invalidDataExitsWithThreeAndWritesNothing() throws Exception {
        berlinTeam();

        CliRunner.Result badTime = cli.run("add", "callback", "--rep", "anna@x.example", "--customer", "New Person",
                "--received", "2026-11-20 09:00");
        assertThat(badTime.exitCode()).isEqualTo(3);
        assertThat(badTime.err()).contains("'2026-11-20 09:00' is not a time with an offset").doesNotContain("Exception");

        CliRunner.Result unknownRep = cli.run("add", "callback", "--rep", "nobody@x.example", "--customer", "New Person");
        assertThat(unknownRep.exitCode()).isEqualTo(3);
        assertThat(unknownRep.err().strip()).isEqualTo("promptly: no rep with email 'nobody@x.example'");

        CliRunner.Result dueBeforeReceived = cli.run("add", "commitment", "--rep", "anna@x.example", "--customer",
                "New Person", "--received", "2026-11-20T09:00:00Z", "--due", "2026-11-19T09:00:00Z");
        assertThat(dueBeforeReceived.exitCode()).isEqualTo(3);
        assertThat(dueBeforeReceived.err()).contains("before the item was received");

        assertThat(cli.run("teams", "add", "Other", "--zone", "Mars/Olympus").exitCode()).isEqualTo(3);
        assertThat(cli.run("teams", "add", "Other", "--zone", "UTC", "--target", "24 hours").exitCode()).isEqualTo(3);
        assertThat(cli.run("teams", "add", "Support Berlin", "--zone", "UTC").exitCode()).isEqualTo(3);
        assertThat(cli.run("reply", "99").exitCode()).isEqualTo(3);

        assertThat(json("items", "--format", "json")).isEmpty();
        assertThat(cli.ok("customers", "list", "--format", "csv").lines()).hasSize(1);
        assertThat(json("teams", "list", "--format", "json")).hasSize(1);
    }

    @Test
    void actionOnAClosedItemExitsWithThree() {
        berlinTeam();
        String id = String.valueOf(addCallback("2026-11-20T09:00:00Z"));
        cli.ok("complete", id, "--at", "2026-11-20T10:00:00Z");

        CliRunner.Result again = cli.run("attempt", id, "--outcome", "reached", "--at", "2026-11-20T11:00:00Z");

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already done");
    }

    @Test
    void backupRefusesToOverwriteAFile() throws Exception {
        berlinTeam();
        Path existing = Files.writeString(folder.resolve("taken.db"), "keep me");

        assertThat(cli.run("backup", "--to", existing.toString()).exitCode()).isEqualTo(3);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }
}
