package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.BaselineModel;
import eu.sharingcities.buildings.mv.MeasurementAndVerification.Insufficient;
import eu.sharingcities.buildings.mv.MeasurementAndVerification.Measured;
import eu.sharingcities.buildings.mv.MeasurementAndVerification.Outcome;
import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.buildings.mv.TypicalYear;
import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a building's meter periods and the city's daily temperatures into IPMVP Option C results,
 * one analysis per meter (each carrier has its own emission factor and price). A meter with only
 * single days gets the CalTRACK daily method, one with longer periods the billing-period method;
 * gas and heat meters are fitted without cooling terms. The normalised annual consumption is on
 * the typical year of the city's own weather history ({@link TypicalYear}).
 */
public final class BuildingAnalysis {

    /** z for a two-sided 90 % interval of one day's prediction. */
    private static final double Z90 = 1.645;

    private BuildingAnalysis() {
    }

    public static BuildingResult analyse(RetrofitProject project, Map<Meter, List<MeterPeriod>> periods, Map<LocalDate, Double> temperatures,
                                         LocalDate yesterday) {
        LocalDate reportingEnd = project.reportingEndOr(yesterday);
        List<BuildingResult.MeterResult> results = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        if (periods.isEmpty()) {
            problems.add(Message.of("mv.meters.none"));
        }
        if (reportingEnd.isBefore(project.reportingStart())) {
            problems.add(Message.of("mv.reporting.later", project.reportingStart().toString()));
        }
        TypicalYear typicalYear = TypicalYear.of(temperatures);
        for (Map.Entry<Meter, List<MeterPeriod>> meter : periods.entrySet()) {
            MeterObservations prepared = MeterObservations.of(meter.getValue(), temperatures);
            List<Observation> baseline = prepared.observations().stream().filter(o -> o.end().isBefore(project.installationStart())).toList();
            List<Observation> reporting = prepared.observations().stream().filter(o -> !o.start().isBefore(project.reportingStart())).toList();
            boolean fitCooling = meter.getKey().carrier() == Carrier.ELECTRICITY;
            Outcome outcome = reportingEnd.isBefore(project.reportingStart())
                    ? new Insufficient(List.of(Message.of("mv.reporting.notBegun")))
                    : MeasurementAndVerification.analyse(baseline, project.installationStart(), reporting, project.reportingStart(), reportingEnd,
                    typicalYear, fitCooling);
            results.add(new BuildingResult.MeterResult(meter.getKey(), outcome, MeasurementAndVerification.baselineYear(baseline, project.installationStart()),
                    MeasurementAndVerification.reportingPeriod(reporting, project.reportingStart(), reportingEnd), prepared.leftOut()));
            if (outcome instanceof Insufficient insufficient) {
                insufficient.reasons().forEach(reason -> problems.add(Message.of("mv.meter.reason", meter.getKey().name(), reason)));
            }
        }
        Optional<BuildingResult.Totals> totals = problems.isEmpty() ? Optional.of(totals(results)) : Optional.empty();
        return new BuildingResult(project, results, totals, problems, days(project, reportingEnd, results, periods, temperatures));
    }

    private static BuildingResult.Totals totals(List<BuildingResult.MeterResult> results) {
        double adjusted = 0, actual = 0, avoided = 0, variance = 0;
        boolean guideline14 = true;
        for (BuildingResult.MeterResult result : results) {
            SavingsReport report = result.report().orElseThrow();
            adjusted += report.adjustedBaselineKwh();
            actual += report.reportingKwh();
            avoided += report.avoidedKwh();
            variance += report.avoidedUncertaintyKwh90() * report.avoidedUncertaintyKwh90();
            guideline14 &= report.meetsGuideline14();
        }
        return new BuildingResult.Totals(adjusted, actual, avoided, adjusted == 0 ? 0 : 100 * avoided / adjusted, Math.sqrt(variance), guideline14);
    }

    /** Days on which every measured daily meter has a value: their sum against the sum of the baselines. */
    private static List<BuildingResult.Day> days(RetrofitProject project, LocalDate reportingEnd, List<BuildingResult.MeterResult> results,
                                                 Map<Meter, List<MeterPeriod>> periods, Map<LocalDate, Double> temperatures) {
        Map<Meter, BaselineModel> models = new LinkedHashMap<>();
        for (BuildingResult.MeterResult result : results) {
            boolean daily = periods.get(result.meter()).stream().allMatch(p -> p.days() == 1);
            if (daily && result.outcome() instanceof Measured measured) {
                models.put(result.meter(), measured.report().model());
            }
        }
        if (models.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, double[]> byDay = new TreeMap<>(); // actual, baseline, variance, meters counted
        for (Map.Entry<Meter, BaselineModel> entry : models.entrySet()) {
            BaselineModel model = entry.getValue();
            double rmse = model.statistics().cvRmsePercent() / 100 * meanUsage(periods.get(entry.getKey()), project);
            for (MeterPeriod period : periods.get(entry.getKey())) {
                Double t = temperatures.get(period.start());
                if (t == null || !period.start().isAfter(project.baselineStart().minusDays(1)) || period.start().isAfter(reportingEnd)) {
                    continue;
                }
                double[] sums = byDay.computeIfAbsent(period.start(), d -> new double[4]);
                sums[0] += period.kwh();
                sums[1] += model.predictedForDay(t);
                sums[2] += rmse * rmse;
                sums[3]++;
            }
        }
        List<BuildingResult.Day> days = new ArrayList<>();
        byDay.forEach((day, sums) -> {
            boolean installing = !day.isBefore(project.installationStart()) && day.isBefore(project.reportingStart());
            if (sums[3] == models.size() && !installing) {
                double band = Z90 * Math.sqrt(sums[2]);
                days.add(new BuildingResult.Day(day, sums[0], sums[1], sums[1] - band, sums[1] + band, !day.isBefore(project.reportingStart())));
            }
        });
        return days;
    }

    private static double meanUsage(List<MeterPeriod> periods, RetrofitProject project) {
        return periods.stream().filter(p -> p.end().isBefore(project.installationStart()) && !p.start().isBefore(project.baselineStart()))
                .mapToDouble(MeterPeriod::kwh).average().orElse(0);
    }
}
