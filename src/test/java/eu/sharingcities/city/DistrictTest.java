package eu.sharingcities.city;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistrictTest {

    @Test
    void aDescriptionMustBeSomethingAndNotTooLong() {
        District district = new District();
        assertThatThrownBy(() -> district.describe(" ")).hasMessage("The description must not be empty.");
        assertThatThrownBy(() -> district.describe("x".repeat(District.MAX_DESCRIPTION + 1)))
                .hasMessageContaining("at most " + District.MAX_DESCRIPTION);
    }
}
