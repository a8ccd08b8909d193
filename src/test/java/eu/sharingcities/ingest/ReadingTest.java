package eu.sharingcities.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OPC UA Part 4, 7.39.2: a reading counts when its severity bits say Good (00) and its value is finite. */
class ReadingTest {

    @Test
    void onlyGoodStatusWithAFiniteValueCounts() {
        assertThat(Reading.isGood(0x00000000, 21.5)).as("Good").isTrue();
        assertThat(Reading.isGood(0x00000400, 21.5)).as("Good with info bits (e.g. overflow, 0x400)").isTrue();
        assertThat(Reading.isGood(0x40000000, 21.5)).as("Uncertain").isFalse();
        assertThat(Reading.isGood(0x80AC0000, 21.5)).as("Bad_CommunicationError").isFalse();
        assertThat(Reading.isGood(0, Double.NaN)).isFalse();
        assertThat(Reading.isGood(0, Double.POSITIVE_INFINITY)).isFalse();
    }
}
