package eu.sharingcities.simulator.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A building as one thermal node: {@code C dT/dt = Q_heat + Q_gains - UA (T - T_out)}, with a
 * weather-compensated proportional heating controller that holds the zone setpoint. Units: °C,
 * kW, kWh; heat and electricity meters only count up. Integrated with forward Euler in sub-steps
 * of at most five minutes, which is stable for these time constants (hours).
 */
public final class BuildingModel {

    public static final double MIN_SETPOINT_C = 12;
    public static final double MAX_SETPOINT_C = 26;
    private static final Duration MAX_SUBSTEP = Duration.ofMinutes(5);
    private static final double CONTROLLER_GAIN = 5; // × UA per kelvin of error

    private BuildingSpec spec;
    private final ZoneId zone;
    private final long seed;
    private final int channel;
    private double zoneC = 20;
    private double setpointC = 20;
    private double heatKw;
    private double electricKw;
    private double heatMeterKwh;
    private double electricityMeterKwh;

    public BuildingModel(BuildingSpec spec, ZoneId zone, long seed, int channel) {
        this.spec = spec;
        this.zone = zone;
        this.seed = seed;
        this.channel = channel;
    }

    /** The controller clamps a requested setpoint to what it accepts; returns what it applied. */
    public double requestSetpoint(double requestedC) {
        setpointC = Math.max(MIN_SETPOINT_C, Math.min(MAX_SETPOINT_C, requestedC));
        return setpointC;
    }

    /** Advances the building from {@code at - dt} to {@code at} at the given outdoor temperature. */
    public void step(Instant at, Duration dt, double outdoorC) {
        ZonedDateTime local = at.atZone(zone);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        double occupancy = spec.use().occupancy(local.getHour(), weekend);
        double gainsKw = spec.peakGainsKw() * occupancy;
        // what the controller cannot know: sun, windows, people coming and going (changes every minute)
        double disturbanceKw = 0.1 * spec.uaKwPerK() * 10 * Noise.gaussian(seed, 2000 + channel, at.getEpochSecond() / 60);
        long remainingMs = dt.toMillis();
        while (remainingMs > 0) {
            long stepMs = Math.min(remainingMs, MAX_SUBSTEP.toMillis());
            double hours = stepMs / 3_600_000.0;
            double demand = spec.uaKwPerK() * (setpointC - outdoorC) + CONTROLLER_GAIN * spec.uaKwPerK() * (setpointC - zoneC) - gainsKw;
            heatKw = Math.max(0, Math.min(spec.maxHeatKw(), demand));
            zoneC += (heatKw + gainsKw + disturbanceKw - spec.uaKwPerK() * (zoneC - outdoorC)) / spec.capacitanceKwhPerK() * hours;
            heatMeterKwh += heatKw * hours;
            remainingMs -= stepMs;
        }
        electricKw = spec.baseElectricKw() * (0.5 + 0.5 * occupancy) * (1 + 0.05 * Noise.gaussian(seed, 1000 + channel, at.getEpochSecond() / 60));
        electricityMeterKwh += electricKw * dt.toMillis() / 3_600_000.0;
    }

    /** The building after works on it: the same state, new physics from now on. */
    public void retrofit(BuildingSpec after) {
        spec = after;
    }

    public BuildingSpec spec() {
        return spec;
    }

    public double zoneC() {
        return zoneC;
    }

    public double setpointC() {
        return setpointC;
    }

    public double heatKw() {
        return heatKw;
    }

    public double electricKw() {
        return electricKw;
    }

    /** Flow temperature of the heating circuit: weather-compensated, 30 °C idle to 75 °C at full load. */
    public double supplyC() {
        return 30 + 45 * heatKw / spec.maxHeatKw();
    }

    public double returnC() {
        return supplyC() - (3 + 12 * heatKw / spec.maxHeatKw());
    }

    public double heatMeterKwh() {
        return heatMeterKwh;
    }

    public double electricityMeterKwh() {
        return electricityMeterKwh;
    }
}
