package dev.promptly.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.reports.Trend;
import dev.promptly.reports.Week;
import dev.promptly.ui.Settings;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's on-time line says what the rate rests on, and puts last week beside a rate of too few items. */
class OnTimeLineTest {

    private static final Week W49 = Week.parse("2026-W49", ZoneOffset.UTC);

    private static Trend trend(Double lastPct, int lastDecided, Double nowPct, int nowDecided) {
        return new Trend(List.of(new Trend.Point(W49.previous(), lastPct, lastDecided),
                new Trend.Point(W49, nowPct, nowDecided)));
    }

    @Test
    void aRateOfEnoughItemsSaysHowManyAndStandsAlone() {
        assertThat(OnTimeLine.text(trend(88.0, 41, 92.1, 38), 10))
                .isEqualTo("On time this week: 92.1 % of 38   ·   previous four weeks: 88.0 %");
    }

    @Test
    void aRateOfTooFewItemsShowsLastWeeksBesideIt() {
        assertThat(OnTimeLine.text(trend(88.0, 41, 100.0, 2), 10))
                .isEqualTo("On time this week: 100.0 % of 2 (too few to judge; last week 88.0 % of 41)"
                        + "   ·   previous four weeks: 88.0 %");
    }

    @Test
    void theThresholdIsTheSetting() {
        assertThat(OnTimeLine.text(trend(88.0, 41, 100.0, 2), 2)).startsWith("On time this week: 100.0 % of 2   ·");
    }

    @Test
    void noRateYetStillShowsLastWeek() {
        assertThat(OnTimeLine.text(trend(88.0, 41, null, 0), 10))
                .isEqualTo("On time this week: no figures yet (last week 88.0 % of 41)   ·   previous four weeks: 88.0 %");
        assertThat(OnTimeLine.text(trend(null, 0, null, 0), 10))
                .isEqualTo("On time this week: no figures yet   ·   previous four weeks: no figures");
    }

    @Test
    void theSettingDefaultsToTenAndIgnoresWhatIsNotACount() {
        Settings settings = Settings.inMemory();
        assertThat(settings.onTimeMinimum()).isEqualTo(10);
        settings.put(Settings.ON_TIME_MINIMUM_KEY, " 25 ");
        assertThat(settings.onTimeMinimum()).isEqualTo(25);
        settings.put(Settings.ON_TIME_MINIMUM_KEY, "-3");
        assertThat(settings.onTimeMinimum()).isEqualTo(10);
        settings.put(Settings.ON_TIME_MINIMUM_KEY, "lots");
        assertThat(settings.onTimeMinimum()).isEqualTo(10);
    }
}
