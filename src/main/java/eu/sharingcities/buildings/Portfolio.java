package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.SavingsReport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Retrofit results summed per district, city or the whole consortium: how many buildings (and how
 * much floor area) reach the programme's 60 % goal, and the energy, CO2 and money saved. CO2 and
 * money use each meter's carrier with the factor of the city for the year the reporting period
 * ends (or the newest year before it).
 */
public final class Portfolio {

    public static final double GOAL_PERCENT = 60;

    /** One line of the portfolio. */
    public record Line(String name, int buildings, int retrofitted, int measured, int meetingGoal, double floorAreaM2,
                       double floorAreaMeetingGoalM2, double avoidedKwh, double avoidedCo2Kg, double savedEur) {

        Line plus(Line o) {
            return new Line(name, buildings + o.buildings, retrofitted + o.retrofitted, measured + o.measured, meetingGoal + o.meetingGoal,
                    floorAreaM2 + o.floorAreaM2, floorAreaMeetingGoalM2 + o.floorAreaMeetingGoalM2, avoidedKwh + o.avoidedKwh,
                    avoidedCo2Kg + o.avoidedCo2Kg, savedEur + o.savedEur);
        }
    }

    private Portfolio() {
    }

    public static List<Line> byDistrict(List<BuildingOverview> buildings, List<EnergyFactor> factors) {
        return group(buildings, factors, Building::districtName);
    }

    public static List<Line> byCity(List<BuildingOverview> buildings, List<EnergyFactor> factors) {
        return group(buildings, factors, Building::cityCode);
    }

    public static Line consortium(List<BuildingOverview> buildings, List<EnergyFactor> factors) {
        return group(buildings, factors, b -> "consortium").stream().findFirst().orElse(new Line("consortium", 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static List<Line> group(List<BuildingOverview> buildings, List<EnergyFactor> factors, Function<Building, String> key) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (BuildingOverview b : buildings) {
            String name = key.apply(b.building());
            Line line = line(name, b, factors);
            lines.merge(name, line, Line::plus);
        }
        List<Line> result = new ArrayList<>(lines.values());
        result.sort(Comparator.comparing(Line::name));
        return result;
    }

    static Line line(String name, BuildingOverview b, List<EnergyFactor> factors) {
        double area = b.building().floorAreaM2();
        boolean measured = b.status() == BuildingOverview.Status.MEASURED;
        boolean goal = measured && b.savingsPercent().orElse(0.0) >= GOAL_PERCENT;
        double kwh = 0, co2 = 0, eur = 0;
        if (measured) {
            BuildingResult result = b.result().orElseThrow();
            int year = result.project().reportingEndOr(java.time.LocalDate.now()).getYear();
            for (BuildingResult.MeterResult meter : result.meters()) {
                double avoided = meter.report().map(SavingsReport::avoidedKwh).orElse(0.0);
                Optional<EnergyFactor> factor = EnergyFactor.forYear(factors, b.building().cityCode(), meter.meter().carrier(), year);
                kwh += avoided;
                co2 += avoided * factor.map(EnergyFactor::kgCo2PerKwh).orElse(0.0);
                eur += avoided * factor.map(EnergyFactor::eurPerKwh).orElse(0.0);
            }
        }
        return new Line(name, 1, b.retrofit().isPresent() ? 1 : 0, measured ? 1 : 0, goal ? 1 : 0, area, goal ? area : 0, kwh, co2, eur);
    }
}
