package dev.promptly.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalDatesTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            de-DE | 31.12.2026 | 2026-12-31
            de-DE | 1.2.2027   | 2027-02-01
            de-DE | 01.02.27   | 2027-02-01
            de-DE | 2026-12-31 | 2026-12-31
            en-US | 12/31/2026 | 2026-12-31
            en-US | 2/1/2027   | 2027-02-01
            en-US | 2026-12-31 | 2026-12-31
            en-GB | 31/12/2026 | 2026-12-31
            en-GB | 01/02/2027 | 2027-02-01
            en-GB | 2026-12-31 | 2026-12-31
            fr-FR | 31/12/2026 | 2026-12-31
            fr-FR | 2026-12-31 | 2026-12-31
            en    | 12/31/2026 | 2026-12-31
            """)
    void readsTheLocalFormAndIso(String locale, String typed, LocalDate expected) {
        assertEquals(Optional.of(expected), new LocalDates(Locale.forLanguageTag(locale)).parse(typed));
    }

    @ParameterizedTest(name = "{0} does not read \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            de-DE | 12/31/2026
            de-DE | 31.13.2026
            de-DE | 30.02.2027
            en-US | 31.12.2026
            en-US | 31/12/2026
            en-GB | 12/31/2026
            fr-FR | tomorrow
            fr-FR | 2026-02-30
            """)
    void refusesWhatIsNotADateThere(String locale, String typed) {
        assertEquals(Optional.empty(), new LocalDates(Locale.forLanguageTag(locale)).parse(typed));
    }

    @ParameterizedTest(name = "{0} writes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de-DE | 31.12.2026 | 01.02.2027
            en-US | 12/31/2026 | 2/1/2027
            en-GB | 31/12/2026 | 01/02/2027
            fr-FR | 31/12/2026 | 01/02/2027
            """)
    void writesTheLocalFormWithTheFullYear(String locale, String lastOfYear, String firstOfFebruary) {
        LocalDates dates = new LocalDates(Locale.forLanguageTag(locale));
        assertEquals(lastOfYear, dates.format(LocalDate.of(2026, 12, 31)));
        assertEquals(firstOfFebruary, dates.format(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void whatItWritesItReadsBack() {
        for (Locale locale : Locale.getAvailableLocales()) {
            LocalDates dates = new LocalDates(locale);
            LocalDate day = LocalDate.of(2027, 3, 4);
            assertEquals(Optional.of(day), dates.parse(dates.format(day)), locale.toLanguageTag());
        }
    }

    @Test
    void anUnreadableDateSaysTheExpectedForm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new LocalDates(Locale.GERMANY).date("12/31/2026"));
        assertEquals("Type a date like 31.12.2026.", e.getMessage());
        assertEquals("Type a date like 12/31/2026.", new LocalDates(Locale.US).dateHint());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            16:30   | 16:30
            9:30    | 09:30
            09:30   | 09:30
            16.30   | 16:30
            1630    | 16:30
            4:30 pm | 16:30
            4:30PM  | 16:30
            9 am    | 09:00
            """)
    void readsClockTimesAsTyped(String typed, LocalTime expected) {
        assertEquals(Optional.of(expected), LocalDates.parseTime(typed));
    }

    @Test
    void anUnreadableTimeSaysTheExpectedForm() {
        assertEquals(Optional.empty(), LocalDates.parseTime("25:00"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LocalDates.time("half past"));
        assertEquals("Type a time like 16:30.", e.getMessage());
    }
}
