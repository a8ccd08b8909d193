package eu.sharingcities.sems;

import eu.sharingcities.text.Refusal;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the district's strategies must respect: the comfort band of each building use while it is
 * occupied, the setpoint buildings run at when no strategy changes it, and the day SEMS started
 * (the end of the savings baseline).
 */
public record DistrictSettings(Map<String, ComfortBand> comfort, double normalSetpointC, LocalDate goLive) {

    public record ComfortBand(double minC, double maxC) {
        public ComfortBand {
            if (!(minC < maxC)) {
                throw new Refusal("sems.refused.comfort", minC, maxC);
            }
        }

        double clamp(double c) {
            return Math.max(minC, Math.min(maxC, c));
        }
    }

    public DistrictSettings {
        comfort = Map.copyOf(comfort);
        if (normalSetpointC < 12 || normalSetpointC > 26) {
            throw new Refusal("sems.refused.normalSetpoint", normalSetpointC);

        }
    }

    public static DistrictSettings defaults(LocalDate goLive) {
        return new DistrictSettings(Map.of("RESIDENTIAL", new ComfortBand(19, 23), "OFFICE", new ComfortBand(19, 23),
                "SCHOOL", new ComfortBand(18, 22), "PUBLIC", new ComfortBand(18, 22)), 20, goLive);
    }

    public ComfortBand band(String use) {
        return comfort.getOrDefault(use, new ComfortBand(19, 23));
    }
}
