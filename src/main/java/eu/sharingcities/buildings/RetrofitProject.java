package eu.sharingcities.buildings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A retrofit and its IPMVP periods: the baseline is the 365 days before the installation starts;
 * savings are reported from {@code reportingStart} to {@code reportingEnd} (null: up to yesterday).
 */
public record RetrofitProject(long id, long buildingId, String name, String depth, BigDecimal costEur, String funding,
                              LocalDate installationStart, LocalDate installationEnd, LocalDate reportingStart, LocalDate reportingEnd,
                              List<RetrofitMeasure> measures) {

    public RetrofitProject {
        measures = List.copyOf(measures);
    }

    public LocalDate baselineStart() {
        return installationStart.minusDays(365);
    }

    public LocalDate reportingEndOr(LocalDate yesterday) {
        return reportingEnd == null || reportingEnd.isAfter(yesterday) ? yesterday : reportingEnd;
    }
}
