package eu.sharingcities.mobility.kpi;

import java.time.LocalDate;

/**
 * A day's shared-bike KPIs for a district or the whole city ({@code district} null). {@code operatorTrips}:
 * the trips are the operator's export, else derived from the stations' readings (departures). The
 * integration share is that of trips starting or ending at a hub (operator's trips) or of trip
 * ends at hubs (derived). Availability at hubs: the share of peak-hour time their stations had a
 * bike, and had a free dock (null: no hub, or no reading). Null charge: no e-bike's charge known.
 * {@code knownStationHours}: for how long the stations' state was known that day, summed over them
 * (0: no reading at all, so a derived count of 0 trips means nothing).
 */
public record DayKpis(LocalDate day, String district, boolean operatorTrips, long trips, long rebalancedBikes, double knownStationHours,
                      Double integrationShare,
                      Double hubBikeAvailability, Double hubDockAvailability, double emptyStationMinutes, double fullStationMinutes,
                      Double meanChargePercent, double bikeKm, double carKmAvoided, double kgCo2Avoided) {
}
