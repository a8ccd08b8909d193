package eu.sharingcities.mobility.transit;

import eu.sharingcities.mobility.BikeStation;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hub detection on a hand-made case: distances, the frequency threshold, the score, the order. */
class MobilityHubsTest {

    /** 100 m along a meridian: 100 / (6,371,008.8 m × π / 180) = 0.000899321° of latitude. */
    private static final double HUNDRED_METRES = 0.000899321;

    @Test
    void aStationNearAFrequentStopIsAHubScoredByFrequencyTimesBikes() {
        BikeStation s1 = station("S1", 45.4420, 9.2010, 20, 10);
        BikeStation s2 = station("S2", 45.4420 - 3 * HUNDRED_METRES, 9.2010, 20, 20);
        BikeStation s3 = station("S3", 45.4420 + HUNDRED_METRES + 0.00009, 9.2010, 12, 0);
        TransitStop frequent = stop("P1", 45.4420 + HUNDRED_METRES, 8);
        TransitStop rare = stop("P2", 45.4420 + HUNDRED_METRES / 2, 2);
        List<MobilityHubs.Hub> hubs = MobilityHubs.find(List.of(s1, s2, s3), List.of(frequent, rare), 150, 4);
        // S1: P2 is nearer (50 m) but leaves twice an hour, so P1 at 100 m: 8 departures × 10/20 bikes = 4.0
        // S2: 300 m from P1 (and 250 m from P2), beyond walking distance; S3: 10 m from P1, no bike: 8 × 0 = 0.0
        assertThat(hubs).extracting(h -> h.station().id()).containsExactly("S1", "S3");
        MobilityHubs.Hub s1Hub = hubs.getFirst();
        assertThat(s1Hub.stop().id()).isEqualTo("P1");
        assertThat(s1Hub.metres()).isCloseTo(100.0, Offset.offset(0.01));
        assertThat(s1Hub.score()).isEqualTo(4.0);
        assertThat(hubs.get(1).score()).isEqualTo(0.0);
        assertThat(MobilityHubs.find(List.of(s1), List.of(frequent), 99, 4)).as("radius 99 m").isEmpty();
    }

    private static BikeStation station(String id, double lat, double lon, int capacity, int bikes) {
        return new BikeStation("op", id, id, lat, lon, capacity, bikes, 0, capacity - bikes, true, true, null);
    }

    private static TransitStop stop(String id, double lat, int peak) {
        int[] hours = new int[24];
        hours[8] = peak;
        hours[9] = peak / 2;
        return new TransitStop(id, id, lat, 9.2010, hours);
    }
}
