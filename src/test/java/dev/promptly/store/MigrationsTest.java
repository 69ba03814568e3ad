package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void theSchemaVersionConstantsAreTheHighestMigrationOfEachBackend() throws IOException, URISyntaxException {
        assertThat(SqliteDatabase.SCHEMA_VERSION).isEqualTo(highest("sqlite"));
        assertThat(PostgresDatabase.SCHEMA_VERSION).isEqualTo(highest("postgresql"));
    }

    private static int highest(String backend) throws IOException, URISyntaxException {
        Path folder = Path.of(Database.class.getResource("/db/migration/" + backend).toURI());
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(folder)) {
            highest = files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        return highest;
    }
}
