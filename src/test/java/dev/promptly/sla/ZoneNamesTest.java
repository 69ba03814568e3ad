package dev.promptly.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The zone field's suggestions: a zone is found by its city, as people know it. */
class ZoneNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            berl       | Europe/Berlin
            new y      | America/New_York
            NEW_YORK   | America/New_York
            york       | America/New_York
            europe/ber | Europe/Berlin
            sao p      | America/Sao_Paulo
            """)
    void aZoneIsFoundByItsCityWhateverTheCaseWithSpacesForUnderscores(String typed, String first) {
        assertThat(ZoneNames.suggest(typed, 6)).first().isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Europe/Berlin
            eastern
            zzz
            ' '
            """)
    void nothingIsSuggestedForAZoneNamedInFullAnOldAliasOrNoMatch(String typed) {
        assertThat(ZoneNames.suggest(typed, 6)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void citiesStartingWithWhatIsTypedComeFirstAndNoMoreThanAskedFor() {
        assertThat(ZoneNames.suggest("a", 3)).hasSize(3).allSatisfy(zone ->
                assertThat(zone.substring(zone.lastIndexOf('/') + 1)).startsWithIgnoringCase("a"));
    }
}
