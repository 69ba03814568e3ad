package dev.promptly.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick path reads times exactly as {@link OffsetDateTime#parse} does, and leaves it everything else. */
class OffsetTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T16:40:00+01:00", "2026-11-20T16:40:00Z", "2026-11-20T16:40:00.5Z",
        "2026-11-20T16:40:00.123456789-05:30", "2024-02-29T23:59:59+18:00", "2026-01-01T00:00:00-00:00",
        "0001-01-01T00:00:00Z", "2026-11-20T16:40Z", "2026-11-20t16:40:00z", "2026-11-20T16:40:00+01:00:30",
        "+12026-11-20T16:40:00Z"})
    void readsWhatTheGeneralParserReads(String text) {
        assertThat(OffsetTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T10:00:00Z", "2026-11-31T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-11-20T24:00:00Z", "2026-11-20T16:60:00Z", "2026-11-20T16:40:60Z", "2026-11-20T16:40:00+19:00",
        "2026-11-20T16:40:00+01:60", "2026-11-20T16:40:00", "2026-11-20 16:40:00Z", "2026-11-2OT16:40:00Z",
        "2026-11-20T16:40:00+0100", "2026-11-20T16:40:00Zx", "yesterday", "2026-11-20T16:40:00.Z1",
        "2026-11-20T16:40:00.1234567890Z"})
    void refusesWhatTheGeneralParserRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> OffsetTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void agreesWithTheGeneralParserOnRandomTimes() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-60_000_000_000L, 250_000_000_000L),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            int offset = random.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60;
            String text = instant.atOffset(ZoneOffset.ofTotalSeconds(offset)).toString();
            assertThat(OffsetTimes.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }
}
