package eu.sharingcities.sems;

import java.time.Instant;

/** A city's strategy as stored: its kind, mode, whether it runs, its configuration (JSON), and who changed it last. */
public record StoredStrategy(long id, String cityCode, StrategyKind kind, Mode mode, boolean enabled, String config, String changedBy,
                             Instant changedAt) {

    /** The strategy with its configuration, as the control cycle runs it. */
    public Strategy strategy() {
        return kind.strategy(Sems.JSON, config);
    }
}
