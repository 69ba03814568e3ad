package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code customers find TEXT}: a customer by phone in any formatting or company, with whoever has their items. */
class CustomersFindCliTest {

    @TempDir
    Path folder;

    @Test
    void findsACustomerByPhoneOrCompanyWithTheirItemsOwners() {
        CliRunner cli = new CliRunner(folder.resolve("p.db"));
        cli.berlinTeamWithAnna();
        cli.ok("reps", "add", "--name", "Ben Okafor", "--email", "ben@x.example", "--team", "Support Berlin");
        cli.ok("customers", "add", "--name", "Chia Santos", "--company", "Nordwind GmbH", "--phone", "+49 30 5550 0024");
        cli.ok("add", "callback", "--rep", "ben@x.example", "--customer", "Chia Santos", "--subject", "Invoice",
                "--received", "2026-11-23T09:00:00Z");

        String csv = cli.ok("customers", "find", "030 5550-0024", "--format", "csv");

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("1,Chia Santos,Nordwind GmbH,'+49 30 5550 0024,,1,callback,Invoice,ben@x.example,");
        assertThat(cli.ok("customers", "find", "nordwind", "--team", "Support Berlin", "--format", "csv").lines())
                .hasSize(2);
        assertThat(cli.ok("customers", "find", "Hafenbau", "--format", "csv").lines()).hasSize(1);
    }
}
