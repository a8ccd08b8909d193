package eu.sharingcities.mobility.history;

import eu.sharingcities.ingest.Reading;
import eu.sharingcities.mobility.feeds.GbfsData;
import eu.sharingcities.telemetry.PointRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a feed's readings become: changes at the time the station reported, a heartbeat every 15 minutes, the e-bikes' mean charge. */
class StationReadingsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T07:00:00Z");
    private static final Map<StationPoints.Key, Integer> POINTS = Map.of(
            new StationPoints.Key("S1", PointRole.AVAILABLE_VEHICLE_COUNT), 1,
            new StationPoints.Key("S1", PointRole.AVAILABLE_DOCK_COUNT), 2,
            new StationPoints.Key("S1", PointRole.BATTERY_STATE_OF_CHARGE_SENSOR), 3);

    @Test
    void aChangeIsWrittenAtTheTimeTheStationReportedAndAnUnchangedValueEveryFifteenMinutes() {
        StationReadings readings = new StationReadings();
        assertThat(readings.of(POINTS, List.of(station(5, 7, T0)), null, T0.plusSeconds(3)))
                .containsExactly(reading(1, T0, 5), reading(2, T0, 7));
        assertThat(readings.of(POINTS, List.of(station(5, 7, T0)), null, T0.plusSeconds(60))).as("nothing changed").isEmpty();
        assertThat(readings.of(POINTS, List.of(station(4, 8, T0.plusSeconds(90))), null, T0.plusSeconds(95)))
                .containsExactly(reading(1, T0.plusSeconds(90), 4), reading(2, T0.plusSeconds(90), 8));
        // the operator reports the station only when it changes: 15 minutes on, the same values are written as read now
        Instant later = T0.plusSeconds(90 + 15 * 60);
        assertThat(readings.of(POINTS, List.of(station(4, 8, T0.plusSeconds(90))), null, later.minusSeconds(1))).isEmpty();
        assertThat(readings.of(POINTS, List.of(station(4, 8, T0.plusSeconds(90))), null, later))
                .containsExactly(reading(1, later, 4), reading(2, later, 8));
        // a change the feed dates no later than what was written: written as read now
        Instant now = later.plusSeconds(5);
        assertThat(readings.of(POINTS, List.of(station(3, 9, T0.plusSeconds(90))), null, now))
                .containsExactly(reading(1, now, 3), reading(2, now, 9));
    }

    @Test
    void theChargeIsTheMeanOfTheEbikesReadyToRentAtTheStation() {
        List<GbfsData.Vehicle> vehicles = List.of(
                vehicle("a", "S1", 0.80, false, false),
                vehicle("b", "S1", 0.50, false, false),
                vehicle("c", "S1", 0.10, true, false), // disabled
                vehicle("d", "S1", 0.20, false, true), // reserved
                vehicle("e", "S1", null, false, false), // no charge given
                vehicle("f", null, 0.05, false, false)); // free-floating
        assertThat(StationReadings.meanCharge(vehicles)).containsExactly(Map.entry("S1", 65.0));
        assertThat(new StationReadings().of(POINTS, null, vehicles, T0)).containsExactly(reading(3, T0, 65.0));
    }

    private static GbfsData.Station station(int bikes, int docks, Instant reported) {
        return new GbfsData.Station("S1", "Trafalgar Road", 51.48, 0.06, 12, bikes, 0, docks, true, true, reported);
    }

    private static GbfsData.Vehicle vehicle(String id, String station, Double fuel, boolean disabled, boolean reserved) {
        return new GbfsData.Vehicle(id, "ebike", null, null, station, fuel, null, reserved, disabled, T0);
    }

    private static Reading reading(int point, Instant at, double value) {
        return new Reading(point, at.getEpochSecond() * 1_000_000 + at.getNano() / 1000, value, 0);
    }
}
