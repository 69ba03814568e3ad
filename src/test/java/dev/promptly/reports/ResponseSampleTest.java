package dev.promptly.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ResponseSampleTest {

    private static ResponseSample seconds(long... values) {
        return ResponseSample.ofMillis(LongStream.of(values).map(s -> s * 1000).boxed().toList());
    }

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(seconds(30, 10, 20).medianSeconds()).isEqualTo(20);
        assertThat(seconds(40, 10, 20, 30).medianSeconds()).isEqualTo(25);
        assertThat(seconds(1, 2).medianSeconds()).as("1.5 s rounds half up").isEqualTo(2);
        assertThat(seconds(7).medianSeconds()).isEqualTo(7);
    }

    @Test
    void p90IsTheNearestRank() {
        assertThat(seconds(LongStream.rangeClosed(1, 10).toArray()).p90Seconds()).isEqualTo(9);
        assertThat(seconds(LongStream.rangeClosed(1, 11).toArray()).p90Seconds()).as("ceil(9.9) = 10th").isEqualTo(10);
        assertThat(seconds(LongStream.rangeClosed(1, 20).toArray()).p90Seconds()).isEqualTo(18);
        assertThat(seconds(5).p90Seconds()).isEqualTo(5);
    }

    @Test
    void roundsMillisecondsToWholeSeconds() {
        assertThat(ResponseSample.ofMillis(List.of(1_499L)).medianSeconds()).isEqualTo(1);
        assertThat(ResponseSample.ofMillis(List.of(1_500L)).p90Seconds()).isEqualTo(2);
    }

    @Test
    void anEmptySampleHasNoFigures() {
        assertThat(ResponseSample.EMPTY.medianSeconds()).isNull();
        assertThat(ResponseSample.EMPTY.p90Seconds()).isNull();
    }

    @Test
    void poolingIsNotAveragingMedians() {
        ResponseSample pooled = seconds(1, 2, 3).plus(seconds(100));

        assertThat(pooled.medianSeconds()).isEqualTo(3); // (2 + 3) / 2 = 2.5, half up
        assertThat(pooled.size()).isEqualTo(4);
    }

    @Test
    void distributionBandsAreHalfOpen() {
        var bands = ResponseDistribution.of(seconds(0, 3599, 3600, 86_399, 86_400, 200_000));

        assertThat(bands).extracting(ResponseDistribution.Band::count).containsExactly(2, 1, 0, 1, 1, 1);
    }
}
