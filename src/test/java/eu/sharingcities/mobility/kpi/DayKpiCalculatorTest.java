package eu.sharingcities.mobility.kpi;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three stations' day counted by hand (UTC, peaks 07–10 and 16–19; a value holds until the next
 * reading, one hour at most; a jump of 4 bikes or more is the van). Factors: 2 km a trip, 10 % of
 * trips replace a car, 0.17 kg CO2/car-km, 0.01 kWh/km charging at 0.2 kg/kWh.
 */
class DayKpiCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final DayWindow WINDOW = DayWindow.of(DAY, ZoneOffset.UTC, Instant.parse("2026-06-02T05:00:00Z"));
    private static final KpiFactors FACTORS = new KpiFactors(4, 2.0, 0.10, 0.17, 0.01, 0.2);

    /*
     * A (North, hub). Bikes 2 (23:30 the day before) → 1 (07:00) → 0 (07:30) → 0 (08:00) → 3 (08:30) → 3 (09:00):
     *   known 00:00–00:30 (its 23:30 value holds one hour), then 07:00–10:00; departures 2, arrivals 3;
     *   empty 07:30–08:30 = 60 min; in the morning peak known 180 min, a bike 07:00–07:30 and 08:30–10:00 = 120 min.
     *   Docks 2 → 3 → 4 → 4 → 1 → 1: never 0, a free dock all 180 peak minutes.
     *   Charge 80 % (07:00, holds to 08:00: 60 min), 50 % (08:30–09:30: 60 min).
     * B (North). Bikes 10 (12:00) → 5 (12:30, −5: the van) → 4 (13:00, a departure) → 4 (13:20); docks 0 → 5 → 6 → 6:
     *   full 12:00–12:30 = 30 min; never empty.
     * C (South, hub). Bikes 0 (16:00) → 1 (17:00, an arrival) → 1 (17:30, holds to 18:30); docks 2 → 1 → 1:
     *   empty 16:00–17:00 = 60 min; evening peak known 16:00–18:30 = 150 min, a bike 90 min, a dock 150 min.
     *   Charge 30 % from 17:00, 60 min.
     */
    private static final List<StationDay> STATIONS = List.of(
            new StationDay("A", "North", true,
                    steps("2026-05-31T23:30", 2, "07:00", 1, "07:30", 0, "08:00", 0, "08:30", 3, "09:00", 3),
                    steps("2026-05-31T23:30", 2, "07:00", 3, "07:30", 4, "08:00", 4, "08:30", 1, "09:00", 1),
                    steps("07:00", 80, "08:30", 50)),
            new StationDay("B", "North", false,
                    steps("12:00", 10, "12:30", 5, "13:00", 4, "13:20", 4),
                    steps("12:00", 0, "12:30", 5, "13:00", 6, "13:20", 6),
                    List.of()),
            new StationDay("C", "South", true,
                    steps("16:00", 0, "17:00", 1, "17:30", 1),
                    steps("16:00", 2, "17:00", 1, "17:30", 1),
                    steps("17:00", 30)));

    @Test
    void derivedFromTheStationsReadings() {
        List<DayKpis> kpis = DayKpiCalculator.compute(WINDOW, STATIONS, null, FACTORS);
        assertEquals(3, kpis.size());

        DayKpis city = kpis.get(0);
        assertNull(city.district());
        assertFalse(city.operatorTrips());
        assertEquals(3, city.trips()); // departures: A 2, B 1, C 0
        assertEquals(5, city.rebalancedBikes());
        assertEquals(3.5 + 140 / 60.0 + 2.5, city.knownStationHours(), 1e-9); // A 00:00–00:30 and 07:00–10:00, B 12:00–14:20, C 16:00–18:30
        assertEquals(6.0 / 7, city.integrationShare(), 1e-9); // trip ends 2+3 (A) + 1 (B) + 1 (C) = 7, at hubs 5 + 1
        assertEquals(210.0 / 330, city.hubBikeAvailability(), 1e-9); // (120 + 90) of (180 + 150) minutes
        assertEquals(1.0, city.hubDockAvailability(), 1e-9);
        assertEquals(120, city.emptyStationMinutes(), 1e-9); // A 60 + C 60
        assertEquals(30, city.fullStationMinutes(), 1e-9);
        assertEquals((80 * 60 + 50 * 60 + 30 * 60) / 180.0, city.meanChargePercent(), 1e-9);
        assertEquals(6.0, city.bikeKm(), 1e-9); // 3 trips × 2 km
        assertEquals(0.6, city.carKmAvoided(), 1e-9); // 10 %
        assertEquals(0.6 * 0.17 - 6.0 * 0.01 * 0.2, city.kgCo2Avoided(), 1e-9); // 0.102 − 0.012 = 0.090 kg

        DayKpis north = kpis.get(1);
        assertEquals("North", north.district());
        assertEquals(3, north.trips());
        assertEquals(5.0 / 6, north.integrationShare(), 1e-9);
        assertEquals(120.0 / 180, north.hubBikeAvailability(), 1e-9);
        assertEquals(60, north.emptyStationMinutes(), 1e-9);
        assertEquals(30, north.fullStationMinutes(), 1e-9);
        assertEquals(65, north.meanChargePercent(), 1e-9);

        DayKpis south = kpis.get(2);
        assertEquals("South", south.district());
        assertEquals(0, south.trips());
        assertEquals(1.0, south.integrationShare(), 1e-9);
        assertEquals(90.0 / 150, south.hubBikeAvailability(), 1e-9);
        assertEquals(30, south.meanChargePercent(), 1e-9);
        assertEquals(0, south.bikeKm(), 1e-9);
    }

    @Test
    void fromTheOperatorsTrips() {
        List<KpiTrip> trips = List.of(
                new KpiTrip("A", "B", Instant.parse("2026-06-01T07:10:00Z"), 2500.0),
                new KpiTrip("B", "B", Instant.parse("2026-06-01T13:05:00Z"), null), // no distance: 2 km
                new KpiTrip("C", "A", Instant.parse("2026-05-31T23:40:00Z"), 1000.0), // the day before
                new KpiTrip("B", "C", Instant.parse("2026-06-01T17:10:00Z"), 1500.0));
        List<DayKpis> kpis = DayKpiCalculator.compute(WINDOW, STATIONS, trips, FACTORS);

        DayKpis city = kpis.get(0);
        assertTrue(city.operatorTrips());
        assertEquals(3, city.trips());
        assertEquals(2.0 / 3, city.integrationShare(), 1e-9); // A→B starts at a hub, B→C ends at one, B→B neither
        assertEquals(6.0, city.bikeKm(), 1e-9); // 2.5 + 2 + 1.5
        assertEquals(0.6 * 0.17 - 6.0 * 0.01 * 0.2, city.kgCo2Avoided(), 1e-9);
        assertEquals(120, city.emptyStationMinutes(), 1e-9); // the stations' figures do not depend on where trips come from

        assertEquals(3, kpis.get(1).trips()); // all three start in the North
        assertEquals(0, kpis.get(2).trips());
        assertNull(kpis.get(2).integrationShare());
    }

    @Test
    void aDayInTheCitysTimeZoneCountedUpToNow() {
        ZoneId lisbon = ZoneId.of("Europe/Lisbon"); // UTC+1 in June
        DayWindow today = DayWindow.of(DAY, lisbon, Instant.parse("2026-06-01T16:30:00Z"));
        assertEquals(Instant.parse("2026-05-31T23:00:00Z"), today.start());
        assertEquals(Instant.parse("2026-06-01T16:30:00Z"), today.end());
        assertEquals(2, today.peaks().size());
        assertEquals(new DayWindow.Interval(Instant.parse("2026-06-01T06:00:00Z"), Instant.parse("2026-06-01T09:00:00Z")), today.peaks().get(0));
        assertEquals(new DayWindow.Interval(Instant.parse("2026-06-01T15:00:00Z"), Instant.parse("2026-06-01T16:30:00Z")), today.peaks().get(1));
    }

    /** Steps from pairs of time ("HH:mm" on the day, or a full local date-time in UTC) and value. */
    private static List<StationDay.Step> steps(Object... pairs) {
        List<StationDay.Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String at = (String) pairs[i];
            Instant instant = at.length() == 5 ? Instant.parse(DAY + "T" + at + ":00Z") : Instant.parse(at + ":00Z");
            steps.add(new StationDay.Step(instant, ((Number) pairs[i + 1]).doubleValue()));
        }
        return steps;
    }
}
