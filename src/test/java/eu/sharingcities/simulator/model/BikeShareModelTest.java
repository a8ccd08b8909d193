package eu.sharingcities.simulator.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A simulated day of Milan's scheme: no bike lost or made, no dock overfilled, rush hours busier than the night, ids rotated. */
class BikeShareModelTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void aDayOfTripsKeepsEveryBikeAndEveryDockWithinItsCapacity() {
        Instant start = ZonedDateTime.of(2026, 6, 10, 0, 0, 0, 0, ROME).toInstant();
        BikeShareModel model = new BikeShareModel(DistrictGrid.of("milan"), ROME, 36, 7, start);
        int bikes = model.bikes().size();
        assertThat(bikes).isGreaterThan(36 * 6);
        for (int minute = 1; minute <= 24 * 60; minute++) {
            model.step(start.plus(Duration.ofMinutes(minute)));
            for (BikeShareModel.Station s : model.stations()) {
                assertThat(model.docked(s)).as(s.name()).isLessThanOrEqualTo(s.capacity());
            }
        }
        assertThat(model.bikes()).hasSize(bikes);
        long rush = model.trips().stream().filter(t -> hour(t.start()) >= 7 && hour(t.start()) < 9).count();
        long night = model.trips().stream().filter(t -> hour(t.start()) >= 2 && hour(t.start()) < 4).count();
        // demand per station and hour: 0.2 at night, about 0.2 + 2.0 × e^(−(h−8)²/2) ≈ 1.8 on average from 07:00 to 09:00
        assertThat(rush).isGreaterThan(4 * night);
        Set<String> now = model.bikes().stream().map(BikeShareModel.Bike::id).collect(Collectors.toSet());
        assertThat(model.trips()).isNotEmpty().allSatisfy(t -> assertThat(now).as("a bike's id changes after its trip").doesNotContain(t.bikeId()));
        assertThat(model.trips()).allSatisfy(t -> assertThat(t.end()).isAfter(t.start()));
    }

    @Test
    void demandPeaksAtTheCommutingHours() {
        Instant eight = ZonedDateTime.of(2026, 6, 10, 8, 0, 0, 0, ROME).toInstant();
        Instant three = ZonedDateTime.of(2026, 6, 10, 3, 0, 0, 0, ROME).toInstant();
        // at 08:00: 0.2 + 2.0 × e^0 + 2.5 × e^(−100/3) ≈ 2.2; at 03:00: 0.2 + 2.0 × e^(−12.5) + 2.5 × e^(−75) ≈ 0.2
        assertThat(BikeShareModel.demandPerStationHour(eight, ROME)).isCloseTo(2.2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(BikeShareModel.demandPerStationHour(three, ROME)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.001));
    }

    private static int hour(Instant at) {
        return at.atZone(ROME).getHour();
    }
}
