package dev.promptly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages become sentences without changing how an address is written. */
class TimeTextTest {

    @Test
    void aSentenceStartsWithACapitalButAnAddressStaysAsItIsStored() {
        assertThat(TimeText.capitalized("cannot reach the team server")).isEqualTo("Cannot reach the team server");
        assertThat(TimeText.capitalized("farah.kim@promptly.example (lead) may not reassign item 1249"))
                .isEqualTo("farah.kim@promptly.example (lead) may not reassign item 1249");
        assertThat(TimeText.capitalized("escalate")).isEqualTo("Escalate");
        assertThat(TimeText.capitalized("")).isEmpty();
    }
}
