package eu.sharingcities.heatpump;

import java.time.YearMonth;
import java.util.List;

/**
 * A month against the river licence: each day's water taken and largest temperature change at
 * discharge, and the days that passed a limit. A day without data is listed as such, not as
 * compliant.
 */
public record LicenceCompliance(String heatPump, String licence, YearMonth month, Double maxAbstractionM3PerDay, Double maxDischargeDeltaK,
                                List<Day> days) {

    /** A day; null where its data is missing. */
    public record Day(java.time.LocalDate day, Double abstractionM3, Double maxDischargeDeltaK, boolean abstractionBreached,
                      boolean dischargeBreached, boolean missingData) {
    }

    public static LicenceCompliance of(HeatPump hp, YearMonth month, List<HeatPumpDay> days) {
        List<Day> checked = days.stream().filter(d -> YearMonth.from(d.day()).equals(month)).map(d -> new Day(d.day(),
                Double.isFinite(d.abstractionM3()) ? d.abstractionM3() : null, Double.isFinite(d.maxDischargeDeltaK()) ? d.maxDischargeDeltaK() : null,
                hp.maxAbstractionM3PerDay() != null && d.abstractionM3() > hp.maxAbstractionM3PerDay(),
                hp.maxDischargeDeltaK() != null && d.maxDischargeDeltaK() > hp.maxDischargeDeltaK(),
                !Double.isFinite(d.abstractionM3()) || !Double.isFinite(d.maxDischargeDeltaK()))).toList();
        return new LicenceCompliance(hp.name(), hp.licenceReference(), month, hp.maxAbstractionM3PerDay(), hp.maxDischargeDeltaK(), checked);
    }

    public long breachDays() {
        return days.stream().filter(d -> d.abstractionBreached() || d.dischargeBreached()).count();
    }

    public long missingDays() {
        return days.stream().filter(Day::missingData).count();
    }

    public boolean compliant() {
        return breachDays() == 0 && missingDays() == 0;
    }

    /** One row per day, for the regulator's return. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("day,abstraction_m3,max_discharge_delta_k,abstraction_breached,discharge_breached,missing_data\n");
        for (Day d : days) {
            csv.append(d.day()).append(',').append(d.abstractionM3() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", d.abstractionM3()))
                    .append(',').append(d.maxDischargeDeltaK() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", d.maxDischargeDeltaK()))
                    .append(',').append(d.abstractionBreached()).append(',').append(d.dischargeBreached()).append(',').append(d.missingData()).append('\n');
        }
        return csv.toString();
    }
}
