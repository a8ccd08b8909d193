package eu.sharingcities.simulator.model;

/**
 * The physics of one building: heat loss {@code uaKwPerK} (kW per kelvin between inside and
 * outside), thermal mass {@code capacitanceKwhPerK}, the heating plant's maximum output, the
 * electrical base load, and internal gains at full occupancy. All powers in kW, positive.
 */
public record BuildingSpec(String id, BuildingUse use, double uaKwPerK, double capacitanceKwhPerK, double maxHeatKw,
                           double baseElectricKw, double peakGainsKw, double floorAreaM2) {

    public BuildingSpec {
        if (uaKwPerK <= 0 || capacitanceKwhPerK <= 0 || maxHeatKw <= 0 || baseElectricKw < 0 || peakGainsKw < 0 || floorAreaM2 <= 0) {
            throw new IllegalArgumentException("building " + id + ": physical parameters must be positive");
        }
    }

    /** A plausible building for index {@code n} of a city, varied by the seed. */
    public static BuildingSpec generated(String id, int n, long seed) {
        BuildingUse use = BuildingUse.values()[n % BuildingUse.values().length];
        double size = 0.5 + 1.5 * Noise.uniform(seed, 100 + n, 0); // 0.5x .. 2x a reference block
        double area = 2500 * size;
        return new BuildingSpec(id, use, 6.0 * size, 90.0 * size, 180 * size, 12 * size, 8 * size, area);
    }
}
