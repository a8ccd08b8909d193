package eu.sharingcities.heatpump;

/**
 * A heat pump of a city, bound to its controller's {@code asset} (whose points are found by their
 * roles, {@link HeatPumpMeasure}; null: not bound yet), the dwellings it serves, and its river
 * licence (null limits: none recorded).
 */
public record HeatPump(long id, String cityCode, String code, String name, int dwellings, String licenceReference,
                       Double maxAbstractionM3PerDay, Double maxDischargeDeltaK, String asset) {
}
