package dev.promptly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.common.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void aPathIsAFileAndEveryFormOfPostgresUrlIsAServer() {
        assertThat(StoreLocation.parse("/home/ana/promptly.db")).isEqualTo(new StoreLocation.File(
                Path.of("/home/ana/promptly.db")));
        assertThat(StoreLocation.parse("postgresql://ana@db.example:6543/team?sslmode=verify-full"))
                .isEqualTo(new StoreLocation.Server("db.example", 6543, "team", "ana", Map.of("sslmode", "verify-full")));
        assertThat(StoreLocation.parse("jdbc:postgresql://db.example/team")).isEqualTo(
                new StoreLocation.Server("db.example", 5432, "team", null, Map.of()));
        assertThat(StoreLocation.parse("postgres://db.example/team?user=ben")).isEqualTo(
                new StoreLocation.Server("db.example", 5432, "team", "ben", Map.of()));
        assertThat(StoreLocation.parse("postgresql://[::1]:5433/team").display())
                .isEqualTo("postgresql://[::1]:5433/team");
    }

    @Test
    void withoutAUserInTheUrlPgUserThenTheSystemUserIsUsedAsPsqlDoes() {
        assertThat(((StoreLocation.Server) StoreLocation.resolve("postgresql://db.example/team",
                Map.of("PGUSER", "carla"))).user()).isEqualTo("carla");
        assertThat(((StoreLocation.Server) StoreLocation.resolve(null,
                Map.of("PROMPTLY_DB", "postgresql://db.example/team"))).user())
                .isEqualTo(System.getProperty("user.name"));
        assertThat(((StoreLocation.Server) StoreLocation.resolve("postgresql://dan@db.example/team",
                Map.of("PGUSER", "carla"))).user()).isEqualTo("dan");
    }

    @Test
    void aPasswordAnUnknownParameterOrAMissingDatabaseIsRefusedInWords() {
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://ana:secret@db.example/team"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not hold a password")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://db.example/team?password=secret"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not hold a password");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://db.example/team?pool=9"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'pool'");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://db.example"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("names no database");
        assertThatThrownBy(() -> StoreLocation.parse("mysql://db.example/team"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a file path or a postgresql:// URL");
    }
}
