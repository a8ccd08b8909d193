package eu.sharingcities.simulator.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The retrofits of the demo's buildings, the same in every city so each city shows the whole range
 * of results: building 1 a deep retrofit (envelope, windows, LED: near the programme's 60 %),
 * building 2 a light one (smart controls: about 15 %), building 3 a deep one with ventilation heat
 * recovery, and building 4 a light one whose meter was fitted too late for a baseline year. Dates
 * count back from the day the demo's history is made, so the demo always has a year of baseline
 * and a few months of reporting.
 */
public record DemoRetrofit(Depth depth, int installationStartDaysAgo, int installationDays, double heatLossFactor,
                           double electricityFactor, int meterHistoryDays) {

    public enum Depth {
        LIGHT, DEEP
    }

    /** Days of history the demo makes for every building: the baseline year before the earliest retrofit and its installation. */
    public static final int HISTORY_DAYS = 540;

    public static Optional<DemoRetrofit> forBuilding(int index) {
        return switch (index) {
            case 0 -> Optional.of(new DemoRetrofit(Depth.DEEP, 160, 30, 0.36, 0.60, HISTORY_DAYS));
            case 1 -> Optional.of(new DemoRetrofit(Depth.LIGHT, 150, 14, 0.85, 0.95, HISTORY_DAYS));
            case 2 -> Optional.of(new DemoRetrofit(Depth.DEEP, 130, 45, 0.40, 0.70, HISTORY_DAYS));
            case 3 -> Optional.of(new DemoRetrofit(Depth.LIGHT, 140, 10, 0.80, 1.0, 220));
            default -> Optional.empty();
        };
    }

    public LocalDate installationStart(LocalDate today) {
        return today.minusDays(installationStartDaysAgo);
    }

    public LocalDate installationEnd(LocalDate today) {
        return installationStart(today).plusDays(installationDays - 1L);
    }

    /** The building after the works: less heat lost through the envelope, less electricity for light and fans. */
    public BuildingSpec applyTo(BuildingSpec before) {
        return new BuildingSpec(before.id(), before.use(), before.uaKwPerK() * heatLossFactor, before.capacitanceKwhPerK(),
                before.maxHeatKw(), before.baseElectricKw() * electricityFactor, before.peakGainsKw(), before.floorAreaM2());
    }
}
