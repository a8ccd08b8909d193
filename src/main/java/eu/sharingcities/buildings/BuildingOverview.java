package eu.sharingcities.buildings;

import java.util.List;
import java.util.Optional;

/** A building with its meters, its newest retrofit and what measurement and verification says of it, if there is one. */
public record BuildingOverview(Building building, List<Meter> meters, Optional<RetrofitProject> retrofit, Optional<BuildingResult> result) {

    public BuildingOverview {
        meters = List.copyOf(meters);
    }

    public enum Status {
        NOT_RETROFITTED, TOO_LITTLE_DATA, MEASURED
    }

    public Status status() {
        if (result.isEmpty()) {
            return Status.NOT_RETROFITTED;
        }
        return result.get().measured() ? Status.MEASURED : Status.TOO_LITTLE_DATA;
    }

    /** Savings in percent when measured. */
    public Optional<Double> savingsPercent() {
        return result.flatMap(BuildingResult::totals).map(BuildingResult.Totals::savingsPercent);
    }
}
