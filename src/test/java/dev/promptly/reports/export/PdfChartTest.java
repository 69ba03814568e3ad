package dev.promptly.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a rate's label goes on the PDF's trend chart, so that the dashed alert line never runs through it. */
class PdfChartTest {

    @ParameterizedTest(name = "point at {0}, below {1}, alert line at {2}: label on {3}")
    @CsvSource(textBlock = """
            100, false, 50,  105
            100, false, 108, 89
            100, false, 104, 89
            100, true,  50,  89
            100, true,  92,  105
            100, true,  89,  105
            """)
    void aLabelMovesToTheOtherSideOfItsPointWhenTheAlertLineWouldCrossIt(float point, boolean below, float alert,
                                                                         float baseline) {
        assertThat(PdfChart.labelY(point, below, alert)).isEqualTo(baseline);
    }

    @ParameterizedTest(name = "point at {0}, below {1}: label on {2}")
    @CsvSource(textBlock = """
            100, false, 105
            100, true,  89
            """)
    void withoutAnAlertLineALabelStaysWhereTheLineLeavesRoom(float point, boolean below, float baseline) {
        assertThat(PdfChart.labelY(point, below, null)).isEqualTo(baseline);
    }
}
