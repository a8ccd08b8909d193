package eu.sharingcities.sems;

import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.TypicalYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The district's saving since SEMS went live, measured like a retrofit (IPMVP Option C with the
 * M&V engine): the district's daily energy (heat and electricity of its buildings) in the year
 * before go-live is the baseline, weather-normalised and compared with the days since.
 */
public final class DistrictSavings {

    /** The programme's goal for district-level smart energy management. */
    public static final double GOAL_PERCENT = 10;

    private DistrictSavings() {
    }

    public static MeasurementAndVerification.Outcome measure(Map<LocalDate, Double> dailyKwh, Map<LocalDate, Double> dailyMeanC, LocalDate goLive,
                                                             LocalDate lastDay) {
        List<Observation> baseline = new ArrayList<>(), reporting = new ArrayList<>();
        dailyKwh.keySet().stream().sorted().forEach(day -> {
            Double t = dailyMeanC.get(day);
            if (t != null && !day.isAfter(lastDay)) {
                (day.isBefore(goLive) ? baseline : reporting).add(Observation.daily(day, dailyKwh.get(day), t));
            }
        });
        // the district's heat and electricity together: cooling terms stay possible (electricity may cool)
        return MeasurementAndVerification.analyse(baseline, goLive, reporting, goLive, lastDay, TypicalYear.of(dailyMeanC), true);
    }
}
