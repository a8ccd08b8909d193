package eu.sharingcities.sems;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.TypicalYear;
import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The district's saving since SEMS went live, measured like a retrofit (IPMVP Option C with the
 * M&V engine) on the buildings of its measurement boundary ({@link SemsBoundary}): per carrier
 * (heat without cooling terms, electricity with them), and the two added as metered (delivered
 * energy, the figure set against the goal). The year before go-live is the baseline. The goal is
 * annual, so once SEMS has run a year the reporting period is the latest 365 days; before that it
 * is the days since go-live, and the period says which months it covers.
 */
public final class DistrictSavings {

    /** The programme's goal for district-level smart energy management, over a year. */
    public static final double GOAL_PERCENT = 10;

    private DistrictSavings() {
    }

    /** One carrier's outcome, or the delivered energy of both ({@code carrier} null). */
    public record CarrierOutcome(Carrier carrier, MeasurementAndVerification.Outcome outcome) {
    }

    /** What was measured, over which period (and how many of its days have every meter's data), on which buildings. */
    public record Result(LocalDate reportingFrom, LocalDate reportingTo, boolean annual, Message period, int reportingDays, CarrierOutcome delivered,
                         List<CarrierOutcome> byCarrier) {
    }

    public static Result measure(DistrictDays days, SemsBoundary boundary, LocalDate goLive, LocalDate lastDay) {
        boolean annual = !lastDay.isBefore(goLive.plusDays(364));
        LocalDate from = annual ? lastDay.minusDays(364) : goLive;
        Message period = annual ? Message.of("sems.period.annual", from.toString(), lastDay.toString())
                : Message.of("sems.period.partial", lastDay.toEpochDay() - goLive.toEpochDay() + 1, goLive.toString(), lastDay.toString());
        if (boundary.buildings().isEmpty()) {
            return new Result(from, lastDay, annual, period, 0, new CarrierOutcome(null, new MeasurementAndVerification.Insufficient(List.of(
                    Message.of("sems.boundary.empty")))), List.of());
        }
        TypicalYear typicalYear = TypicalYear.of(days.meanTemperatureC());
        List<CarrierOutcome> byCarrier = new ArrayList<>();
        for (Carrier carrier : List.of(Carrier.HEAT, Carrier.ELECTRICITY)) {
            Map<LocalDate, Double> sum = sum(days, boundary, EnumSet.of(carrier));
            if (!sum.isEmpty()) {
                byCarrier.add(new CarrierOutcome(carrier, measure(sum, days.meanTemperatureC(), typicalYear, goLive, from, lastDay,
                        carrier != Carrier.HEAT)));
            }
        }
        Map<LocalDate, Double> both = sum(days, boundary, EnumSet.of(Carrier.HEAT, Carrier.ELECTRICITY));
        int reportingDays = (int) both.keySet().stream().filter(d -> !d.isBefore(from) && !d.isAfter(lastDay)).count();
        CarrierOutcome delivered = new CarrierOutcome(null, measure(both, days.meanTemperatureC(), typicalYear, goLive, from, lastDay, true));
        return new Result(from, lastDay, annual, period, reportingDays, delivered, List.copyOf(byCarrier));
    }

    /** The raw measurement: daily energy against daily mean temperature, the year before go-live as baseline. */
    public static MeasurementAndVerification.Outcome measure(Map<LocalDate, Double> dailyKwh, Map<LocalDate, Double> dailyMeanC, LocalDate goLive,
                                                             LocalDate lastDay) {
        return measure(dailyKwh, dailyMeanC, TypicalYear.of(dailyMeanC), goLive, goLive, lastDay, true);
    }

    private static MeasurementAndVerification.Outcome measure(Map<LocalDate, Double> dailyKwh, Map<LocalDate, Double> dailyMeanC,
                                                              TypicalYear typicalYear, LocalDate goLive, LocalDate reportingFrom, LocalDate lastDay,
                                                              boolean fitCooling) {
        List<Observation> baseline = new ArrayList<>(), reporting = new ArrayList<>();
        dailyKwh.keySet().stream().sorted().forEach(day -> {
            Double t = dailyMeanC.get(day);
            if (t != null && !day.isAfter(lastDay)) {
                (day.isBefore(goLive) ? baseline : reporting).add(Observation.daily(day, dailyKwh.get(day), t));
            }
        });
        return MeasurementAndVerification.analyse(baseline, goLive, reporting, reportingFrom, lastDay, typicalYear, fitCooling);
    }

    /** The boundary's daily energy of these carriers, on the days every one of their meters has. */
    static Map<LocalDate, Double> sum(DistrictDays days, SemsBoundary boundary, Set<Carrier> carriers) {
        Map<LocalDate, Double> sum = new TreeMap<>();
        Map<LocalDate, Integer> counted = new TreeMap<>();
        int meters = 0;
        for (String building : boundary.buildings()) {
            for (Map.Entry<Carrier, Map<LocalDate, Double>> meter : days.energyKwh().getOrDefault(building, Map.of()).entrySet()) {
                if (carriers.contains(meter.getKey())) {
                    meters++;
                    meter.getValue().forEach((day, kwh) -> {
                        sum.merge(day, kwh, Double::sum);
                        counted.merge(day, 1, Integer::sum);
                    });
                }
            }
        }
        int all = meters;
        sum.keySet().removeIf(day -> counted.get(day) < all);
        return sum;
    }

}
