package dev.promptly.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.common.LocalDates;
import dev.promptly.sla.ScheduleDraft;
import dev.promptly.sla.ScheduleFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The open-hours form's model, without a window: dates with hours of their own, as a lead adds and reads them. */
class ScheduleEditorModelTest {

    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24); // a Thursday
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    private final ScheduleEditorModel model = new ScheduleEditorModel(new LocalDates(Locale.GERMANY));

    @Test
    void anAddedDateBeginsWithItsWeekdaysHoursOrTheUsualOnesWhenItsWeekdayIsClosed() {
        model.load(null, ZoneId.of("Europe/Berlin"));
        ScheduleEditorModel.Day thursday = model.day(DayOfWeek.THURSDAY);
        thursday.openProperty().set(true);
        thursday.intervals().get(0).toProperty().set("16:00");
        thursday.addInterval();
        thursday.intervals().get(1).fromProperty().set("17:00");
        thursday.intervals().get(1).toProperty().set("20:00");

        ScheduleEditorModel.DatedHours eve = model.addDate(CHRISTMAS_EVE);
        ScheduleEditorModel.DatedHours sunday = model.addDate(LocalDate.of(2026, 12, 20));

        assertThat(eve.summaryProperty().get()).isEqualTo("09:00 to 16:00, 17:00 to 20:00");
        assertThat(sunday.summaryProperty().get()).isEqualTo("09:00 to 17:00");
        assertThat(model.dated()).extracting(ScheduleEditorModel.DatedHours::date)
                .containsExactly(LocalDate.of(2026, 12, 20), CHRISTMAS_EVE);
        assertThat(model.addDate(CHRISTMAS_EVE)).as("listed once").isSameAs(eve);
    }

    @Test
    void aDateClosedOrOvernightReadsSoAndIsDraftedAsTyped() {
        model.load(null, ZoneId.of("Europe/Berlin"));
        model.day(DayOfWeek.MONDAY).openProperty().set(true);
        model.addDate(NEW_YEARS_EVE).openProperty().set(false);
        ScheduleEditorModel.DatedHours eve = model.addDate(CHRISTMAS_EVE);
        eve.intervals().get(0).fromProperty().set("22:00");
        eve.intervals().get(0).toProperty().set("2 am");
        eve.intervals().get(0).nextDayProperty().set(true);

        assertThat(model.dated().get(1).summaryProperty().get()).isEqualTo("closed");
        assertThat(eve.summaryProperty().get()).isEqualTo("22:00 to 2 am next day");
        assertThat(model.draft().exceptions()).containsEntry(NEW_YEARS_EVE,
                new ScheduleDraft.Day(false, List.of(new ScheduleDraft.Interval("09:00", "17:00", false))));
        assertThat(ScheduleFormat.write(model.draft().build()))
                .endsWith("\"exceptions\":{\"2026-12-24\":[[\"22:00\",\"02:00\"]],\"2026-12-31\":[]}}");
    }

    @Test
    void datesAlsoListedAsHolidaysAreSaidToKeepTheirOwnHours() {
        model.load(null, ZoneId.of("Europe/Berlin"));
        model.addDate(CHRISTMAS_EVE);
        assertThat(model.alsoHolidaysProperty().get()).isEmpty();

        model.addHoliday(CHRISTMAS_EVE);
        assertThat(model.alsoHolidaysProperty().get())
                .isEqualTo("24.12.2026 is also listed as a holiday: its own hours here win over the holiday.");
        model.addHoliday(NEW_YEARS_EVE);
        model.addDate(NEW_YEARS_EVE);
        assertThat(model.alsoHolidaysProperty().get()).isEqualTo("24.12.2026 and 31.12.2026 are also listed as "
                + "holidays: their own hours here win over the holidays.");
    }

    @Test
    void aStoredScheduleShowsItsDatesAndTheFormTellsOfEdits() {
        int[] edits = {0};
        model.setOnEdit(() -> edits[0]++);
        model.load(ScheduleFormat.parse("""
                {"zone":"Europe/Berlin","hours":{"mon":[["09:00","17:00"]]},
                 "exceptions":{"2026-12-31":[],"2026-12-24":[["09:00","12:00"]]}}"""), ZoneId.of("Europe/Berlin"));
        assertThat(edits[0]).as("loading is no edit").isZero();

        assertThat(model.dated()).extracting(d -> d.name() + ": " + d.summaryProperty().get())
                .containsExactly("24.12.2026: 09:00 to 12:00", "31.12.2026: closed");
        model.dated().get(0).intervals().get(0).toProperty().set("13:00");
        model.dated().remove(1);
        assertThat(edits[0]).isEqualTo(2);
    }
}
