package dev.promptly.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CustomerMatchTest {

    private static final Customer CARLA = new Customer(1, "Carla Diaz", "Nordwind GmbH", "+49 30 5550 0024",
            "carla@nordwind.example", null);

    @ParameterizedTest(name = "\"{0}\" finds +49 30 5550 0024: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            55500024           | true
            5550 0024          | true
            030 5550 0024      | true
            030/5550-0024      | true
            (030) 5550 0024    | true
            0049 30 5550 0024  | true
            +49 30 5550 0024   | true
            +49 (0)30 5550 0024| true
            +43 30 5550 0024   | true
            0305550            | true
            3055500024         | true
            5550025            | false
            040 5550 0024      | false
            24                 | false
            """)
    void phoneMatchesWhateverTheFormatting(String typed, boolean found) {
        assertThat(CustomerMatch.of(typed).matches(CARLA)).isEqualTo(found);
    }

    @ParameterizedTest(name = "\"{0}\" finds a customer stored as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +49 30 5550 0024  | 030 5550 0024
            0049 30 5550 0024 | 030-5550-0024
            030 5550 0024     | 0049 30 5550 0024
            +1 212 555 0100   | (212) 555-0100
            +353 1 555 0100   | 01 555 0100
            """)
    void countryCodeAndNationalZeroMatchEitherWay(String typed, String stored) {
        Customer customer = new Customer(2, "Sam Lee", null, stored, null, null);
        assertThat(CustomerMatch.of(typed).matches(customer)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"carla", "DIAZ", "nordwind", "gmbh", "carla@nordwind", "  Carla Diaz  "})
    void nameCompanyAndEmailMatchIgnoringCase(String typed) {
        assertThat(CustomerMatch.of(typed).matches(CARLA)).isTrue();
    }

    @Test
    void wordsNotOnTheCustomerDoNotMatch() {
        assertThat(CustomerMatch.of("acme").matches(CARLA)).isFalse();
        assertThat(CustomerMatch.of("acme").matches(null)).isFalse();
    }

    @Test
    void anEmptySearchFindsEveryone() {
        assertThat(CustomerMatch.of("  ").isEmpty()).isTrue();
        assertThat(CustomerMatch.of(null).matches(Customer.named("Tom Baker"))).isTrue();
    }

    @Test
    void aCustomerWithoutPhoneOrCompanyIsFoundByName() {
        Customer tom = Customer.named("Tom Baker");
        assertThat(CustomerMatch.of("tom").matches(tom)).isTrue();
        assertThat(CustomerMatch.of("030 5550").matches(tom)).isFalse();
    }

    @Test
    void subjectsAreMatchedAsWords() {
        assertThat(CustomerMatch.of("Invoice").contains("About the invoice")).isTrue();
        assertThat(CustomerMatch.of("refund").contains(null)).isFalse();
    }
}
