package dev.promptly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriverWarmUpTest {

    @ParameterizedTest(name = "[{0}] with PROMPTLY_DB=[{1}]: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            --db shop.db teams list                               | -                                | true
            teams list                                            | -                                | true
            --db=shop.db queue --rep a@example.com                | -                                | true
            queue --rep a@example.com                             | postgresql://desk@db/team        | false
            --db postgresql://desk@db/team teams list             | -                                | false
            --db=jdbc:postgresql://db/team teams list             | -                                | false
            --db POSTGRES://db/team teams list                    | -                                | false
            --db shop.db teams list                               | postgresql://desk@db/team        | true
            --version                                             | -                                | false
            -V                                                    | -                                | false
            --help                                                | -                                | false
            teams list --help                                     | -                                | false
            help teams                                            | -                                | false
            --db shop.db                                          | -                                | false
            """)
    void readiesSqliteOnlyForACommandOnAStoreFile(String args, String promptlyDb, boolean useful) {
        Map<String, String> variables = promptlyDb == null ? Map.of() : Map.of("PROMPTLY_DB", promptlyDb);
        CliEnvironment environment = new CliEnvironment(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), variables, Clock.systemUTC());

        assertThat(DriverWarmUp.isUseful(environment, args.split(" "))).isEqualTo(useful);
    }
}
