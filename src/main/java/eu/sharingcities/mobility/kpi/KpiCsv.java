package eu.sharingcities.mobility.kpi;

import eu.sharingcities.api.CsvCell;

import java.util.List;
import java.util.Locale;

/** The KPIs as CSV (RFC 4180, one row per day and area, figures with a point for decimals, empty where unknown). */
public final class KpiCsv {

    static final String HEADER = "day,district,trips_source,trips,rebalanced_bikes,known_station_hours,integration_share,hub_bike_availability,hub_dock_availability,"
            + "empty_station_minutes,full_station_minutes,mean_charge_percent,bike_km,car_km_avoided,kg_co2_avoided";

    private KpiCsv() {
    }

    public static String of(List<DayKpis> days) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DayKpis d : days) {
            csv.append(d.day()).append(',').append(CsvCell.of(d.district() == null ? "(city)" : d.district())).append(',')
                    .append(d.operatorTrips() ? "operator" : "derived").append(',').append(d.trips()).append(',').append(d.rebalancedBikes())
                    .append(',').append(number(d.knownStationHours(), 1)).append(',').append(number(d.integrationShare(), 4)).append(',')
                    .append(number(d.hubBikeAvailability(), 4)).append(',')
                    .append(number(d.hubDockAvailability(), 4)).append(',').append(number(d.emptyStationMinutes(), 1)).append(',')
                    .append(number(d.fullStationMinutes(), 1)).append(',').append(number(d.meanChargePercent(), 1)).append(',')
                    .append(number(d.bikeKm(), 2)).append(',').append(number(d.carKmAvoided(), 2)).append(',').append(number(d.kgCo2Avoided(), 3))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
