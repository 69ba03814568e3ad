package dev.promptly.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.TestWorld;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleDraft;
import dev.promptly.sla.ScheduleFormat;
import dev.promptly.testing.StoreBackend;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The Team screen's policy form, saved through TeamSetup, on either store. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class TeamPolicyTest {

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TestWorld world;

    @BeforeEach
    void openStore() {
        world = new TestWorld(folder, backend);
    }

    @AfterEach
    void closeStore() {
        world.close();
    }

    private Team stored() {
        return world.context.people().team(world.berlin.name());
    }

    @Test
    void savingOnTheCalendarClockKeepsTheScheduleAsStoredNowNotAsTheScreenReadIt() {
        TeamSetup setup = world.context.teamSetup();
        Team asTheScreenReadIt = stored();
        Schedule colleagues = ScheduleFormat.parse("{\"zone\":\"Europe/Berlin\",\"hours\":{\"mon\":[[\"08:00\","
                + "\"16:00\"]]},\"holidays\":[\"2026-12-24\"]}");
        setup.setPolicy(stored(), ClockKind.BUSINESS, "8h", "1h",
                ScheduleDraft.of(colleagues, ZoneId.of("Europe/Berlin")));
        String colleaguesAsStored = ScheduleFormat.write(stored().policy().schedule());

        setup.setPolicy(asTheScreenReadIt, ClockKind.CALENDAR, "24h", "4h", null);

        assertThat(stored().policy().clock()).isEqualTo(ClockKind.CALENDAR);
        assertThat(stored().policy().schedule()).as("the colleague's hours are still stored").isNotNull();
        assertThat(ScheduleFormat.write(stored().policy().schedule())).isEqualTo(colleaguesAsStored)
                .contains("2026-12-24");
    }
}
