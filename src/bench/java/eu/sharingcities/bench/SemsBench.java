package eu.sharingcities.bench;

import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.sems.BuildingState;
import eu.sharingcities.sems.DemandResponse;
import eu.sharingcities.sems.DistrictSavings;
import eu.sharingcities.sems.DistrictSettings;
import eu.sharingcities.sems.DistrictState;
import eu.sharingcities.sems.HeatPumpTariff;
import eu.sharingcities.sems.OccupancySetback;
import eu.sharingcities.sems.Planner;
import eu.sharingcities.sems.Strategy;
import eu.sharingcities.simulator.model.BuildingModel;
import eu.sharingcities.simulator.model.BuildingSpec;
import eu.sharingcities.simulator.model.BuildingUse;
import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.HeatPumpModel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./run bench sems}: the experiment behind the 10 % claim, in compressed time. The
 * simulator's London district (20 buildings, the Thames heat pump, the same weather model) runs a
 * baseline year with SEMS off, then a winter with SEMS acting (occupancy set-back, the heat pump on
 * tariff and COP, a demand-response event every weekday 17:00–18:00), deciding every 15 minutes
 * as the control cycle does and writing setpoints in steps the command limits allow. The saving is
 * measured as the platform measures it (the M&V engine, baseline year against the winter,
 * weather-normalised); the same winter with SEMS off, a twin on identical weather, is the
 * baseline of the table. Comfort: occupied hours with a zone more than 0.5 K below its band.
 */
final class SemsBench {

    private static final String CITY = "london";
    private static final long SEED = 2026L;
    private static final int BUILDINGS = 20;
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final LocalDate GO_LIVE = LocalDate.of(2025, 11, 1);
    private static final LocalDate BASELINE_START = GO_LIVE.minusDays(365);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);
    private static final double MAX_STEP_K = 2;

    private SemsBench() {
    }

    /** One run of the district: daily energy and temperature, comfort and the demand-response windows' load. */
    private static final class Run {
        final Map<LocalDate, Double> dailyKwh = new TreeMap<>();
        final Map<LocalDate, Double> dailyMeanC = new TreeMap<>();
        double occupiedHours, uncomfortableHours, drWindowKwh, drWindowHours, heatPumpEur, winterKwh;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Run off = run(false);
        Run on = run(true);
        double seconds = (System.nanoTime() - started) / 1e9;

        MeasurementAndVerification.Outcome outcome = DistrictSavings.measure(merge(off.dailyKwh, on.dailyKwh), on.dailyMeanC, GO_LIVE, END);
        String measured = switch (outcome) {
            case MeasurementAndVerification.Measured m -> String.format(Locale.ROOT, "%.1f %% ± %.1f %% (90 %% confidence; CV(RMSE) of the baseline "
                    + "model %.1f %%); against the 10 %% goal: %s", m.report().savingsPercent(), m.report().fractionalUncertainty90() * Math.abs(m.report().savingsPercent()), cvRmse(m),
                    verdict(m.report().savingsPercent(), m.report().fractionalUncertainty90() * Math.abs(m.report().savingsPercent())));
            case MeasurementAndVerification.Insufficient i -> "not measurable: " + eu.sharingcities.text.Message.join(" ", i.reasons(), Locale.ENGLISH);
        };
        double twinSaving = 100 * (1 - on.winterKwh / off.winterKwh);
        String table = String.format(Locale.ROOT, """
                %d cores, Java %s, %s; London district of %d simulated buildings and the Thames heat pump; baseline year %s to %s with SEMS off,
                SEMS acting %s to %s (%d days), 15-minute control cycles; simulated in %.1f s
                
                | scenario (winter %s to %s) | district energy MWh | x baseline | occupied hours >0.5 K below comfort band | heat pump electricity € (time-of-use) | load in DR windows kW |
                |---|---|---|---|---|---|
                | baseline: SEMS off (twin, same weather) | %.1f | 1.00 | %.1f %% | %.0f | %.1f |
                | SEMS on (occupancy set-back, heat pump tariff, demand response) | %.1f | %.3f | %.1f %% | %.0f | %.1f |
                
                Saving measured by the M&V engine (baseline year against the SEMS winter, weather-normalised): %s.
                Against the twin on the same weather: %.1f %% (%s the 10 %% goal).""",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(), BUILDINGS, BASELINE_START,
                GO_LIVE.minusDays(1), GO_LIVE, END, GO_LIVE.datesUntil(END.plusDays(1)).count(), seconds, GO_LIVE, END,
                off.winterKwh / 1000, 100 * off.uncomfortableHours / off.occupiedHours, off.heatPumpEur, off.drWindowKwh / off.drWindowHours,
                on.winterKwh / 1000, on.winterKwh / off.winterKwh, 100 * on.uncomfortableHours / on.occupiedHours, on.heatPumpEur,
                on.drWindowKwh / on.drWindowHours, measured, twinSaving, twinSaving >= 10 ? "above" : "below");
        System.out.println();
        System.out.println(table);
        BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "sems-bench", table);
    }

    /** The baseline year with SEMS off, then the winter with SEMS on or off. */
    private static Run run(boolean sems) {
        CityClimate climate = CityClimate.of(CITY, SEED);
        List<BuildingModel> buildings = new ArrayList<>();
        for (int i = 0; i < BUILDINGS; i++) {
            buildings.add(new BuildingModel(BuildingSpec.generated(String.format("b%03d", i + 1), i, SEED), climate.zone(), SEED, i));
        }
        double capacity = buildings.stream().filter(b -> b.spec().use() == BuildingUse.RESIDENTIAL).mapToDouble(b -> b.spec().maxHeatKw()).sum();
        HeatPumpModel heatPump = new HeatPumpModel(capacity, 55);
        DistrictSettings settings = DistrictSettings.defaults(GO_LIVE);
        OccupancySetback setback = new OccupancySetback(OccupancySetback.Config.defaults());
        HeatPumpTariff.Config tariff = HeatPumpTariff.Config.defaults();
        List<DemandResponse.Event> events = new ArrayList<>();
        for (LocalDate day = GO_LIVE; !day.isAfter(END); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                Instant start = day.atTime(17, 0).atZone(climate.zone()).toInstant();
                events.add(new DemandResponse.Event(start, start.plus(Duration.ofHours(1)), 150, "DR " + day));
            }
        }
        List<Strategy> strategies = List.of(setback, new HeatPumpTariff(tariff),
                new DemandResponse(new DemandResponse.Config(events, 2, 60, 1)));

        Run run = new Run();
        Instant end = END.plusDays(1).atStartOfDay(climate.zone()).toInstant();
        double dayKwh = 0, daySumC = 0;
        int daySteps = 0;
        for (Instant at = BASELINE_START.atStartOfDay(climate.zone()).toInstant(); at.isBefore(end); at = at.plus(STEP)) {
            ZonedDateTime local = at.atZone(climate.zone());
            boolean winter = !local.toLocalDate().isBefore(GO_LIVE);
            double outdoorC = climate.outdoorC(at);
            if (sems && winter) {
                control(buildings, strategies, settings, new DistrictState(at, climate.zone(), outdoorC, heatPump.cop(), states(buildings)));
            }
            double heatBefore = 0, electricBefore = 0, residentialKw = 0;
            for (BuildingModel b : buildings) {
                heatBefore += b.heatMeterKwh();
                electricBefore += b.electricityMeterKwh();
            }
            for (BuildingModel b : buildings) {
                b.step(at.plus(STEP), STEP, outdoorC);
                residentialKw += b.spec().use() == BuildingUse.RESIDENTIAL ? b.heatKw() : 0;
            }
            double hpKwhBefore = heatPump.electricityMeterKwh();
            heatPump.step(STEP, climate.riverC(at), residentialKw);
            double stepKwh = -heatBefore - electricBefore;
            for (BuildingModel b : buildings) {
                stepKwh += b.heatMeterKwh() + b.electricityMeterKwh();
            }
            dayKwh += stepKwh;
            daySumC += outdoorC;
            daySteps++;
            if (winter) {
                run.winterKwh += stepKwh;
                run.heatPumpEur += (heatPump.electricityMeterKwh() - hpKwhBefore) * tariff.priceAt(local.getHour());
                comfort(run, buildings, setback, settings, local);
                boolean drWindow = local.getDayOfWeek().getValue() <= 5 && local.getHour() == 17;
                if (drWindow) {
                    run.drWindowKwh += stepKwh;
                    run.drWindowHours += STEP.toMinutes() / 60.0;
                }
            }
            if (local.plus(STEP).toLocalDate().isAfter(local.toLocalDate())) {
                run.dailyKwh.put(local.toLocalDate(), dayKwh);
                run.dailyMeanC.put(local.toLocalDate(), daySumC / daySteps);
                dayKwh = 0;
                daySumC = 0;
                daySteps = 0;
            }
        }
        return run;
    }

    /** What the control cycle does: compose the strategies and write each setpoint, at most 2 K a step. */
    private static void control(List<BuildingModel> buildings, List<Strategy> strategies, DistrictSettings settings, DistrictState state) {
        Map<String, Double> targets = Planner.targets(state, settings, strategies.stream()
                .map(s -> new Planner.Planned(s, s.propose(state, settings))).toList());
        for (BuildingModel b : buildings) {
            double target = targets.get(b.spec().id());
            double step = Math.max(-MAX_STEP_K, Math.min(MAX_STEP_K, target - b.setpointC()));
            b.requestSetpoint(b.setpointC() + step);
        }
    }

    private static void comfort(Run run, List<BuildingModel> buildings, OccupancySetback setback, DistrictSettings settings, ZonedDateTime local) {
        double hours = STEP.toMinutes() / 60.0;
        for (BuildingModel b : buildings) {
            String use = b.spec().use().name();
            if (setback.occupied(use, local)) {
                run.occupiedHours += hours;
                if (b.zoneC() < settings.band(use).minC() - 0.5) {
                    run.uncomfortableHours += hours;
                }
            }
        }
    }

    private static List<BuildingState> states(List<BuildingModel> buildings) {
        return buildings.stream().map(b -> new BuildingState(b.spec().id(), b.spec().use().name(), b.zoneC(), b.setpointC(), b.heatKw(),
                b.electricKw(), b.spec().id() + ".zone-setpoint")).toList();
    }

    /** The baseline year from the run without SEMS (both runs share it), the winter from the run with it. */
    private static Map<LocalDate, Double> merge(Map<LocalDate, Double> off, Map<LocalDate, Double> on) {
        Map<LocalDate, Double> merged = new HashMap<>();
        off.forEach((day, kwh) -> {
            if (day.isBefore(GO_LIVE)) {
                merged.put(day, kwh);
            }
        });
        on.forEach((day, kwh) -> {
            if (!day.isBefore(GO_LIVE)) {
                merged.put(day, kwh);
            }
        });
        return merged;
    }

    private static String verdict(double percent, double uncertainty) {
        if (percent - uncertainty >= DistrictSavings.GOAL_PERCENT) {
            return "met, with the whole 90 % interval above it";
        }
        return percent >= DistrictSavings.GOAL_PERCENT
                ? String.format(Locale.ROOT, "met by the estimate, but the interval's lower end (%.1f %%) is below it", percent - uncertainty)
                : "NOT met";
    }

    private static double cvRmse(MeasurementAndVerification.Measured m) {
        return m.report().model().statistics().cvRmsePercent();
    }

}
