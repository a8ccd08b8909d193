package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.BuildingModel;
import eu.sharingcities.simulator.model.BuildingSpec;
import eu.sharingcities.simulator.model.BuildingUse;
import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.DemoRetrofit;
import eu.sharingcities.simulator.model.HeatPumpModel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The past of a simulated city, made in seconds instead of lived in real time: the same weather
 * and building physics as the live controllers, stepped hour by hour over
 * {@link DemoRetrofit#HISTORY_DAYS} days, with each retrofitted building's physics changing on the
 * day its works began, and London's heat pump serving its residential buildings. Gives daily
 * summaries of the weather, the meters and the heat pump's river side, named by the point
 * codes the simulator's configuration uses, for the platform's demo to store as daily rollups.
 */
public final class DemoHistory {

    private static final Duration HOUR = Duration.ofHours(1);

    /** One point's day: {@code samples} hourly values, their mean, extremes and the last (a meter's reading at midnight). */
    public record DailyValue(String pointCode, Instant dayStart, int samples, double mean, double minimum, double maximum, double last,
                             Instant lastTime) {
    }

    /** The zone setpoint a building's controller held at an hour of the past (what a control strategy set it to). */
    public interface Setpoints {
        double at(BuildingSpec building, Instant at);
    }

    /** The controllers' own setpoint all along. */
    public static final Setpoints UNCHANGED = (building, at) -> 20;

    private DemoHistory() {
    }

    /** The days before {@code today} (local), for buildings b001 up to {@code buildings}, at their own setpoint. */
    public static List<DailyValue> of(String cityCode, int buildings, long seed, LocalDate today) {
        return of(cityCode, buildings, seed, today, UNCHANGED);
    }

    /** As {@link #of(String, int, long, LocalDate)}, with each building's setpoint as {@code setpoints} had it. */
    public static List<DailyValue> of(String cityCode, int buildings, long seed, LocalDate today, Setpoints setpoints) {
        CityClimate climate = CityClimate.of(cityCode, seed);
        LocalDate first = today.minusDays(DemoRetrofit.HISTORY_DAYS);
        List<DailyValue> values = new ArrayList<>();
        List<BuildingRun> runs = new ArrayList<>();
        for (int i = 0; i < buildings; i++) {
            BuildingSpec spec = BuildingSpec.generated(String.format("b%03d", i + 1), i, seed);
            Optional<DemoRetrofit> retrofit = DemoRetrofit.forBuilding(i);
            LocalDate meterFrom = today.minusDays(retrofit.map(DemoRetrofit::meterHistoryDays).orElse(DemoRetrofit.HISTORY_DAYS));
            runs.add(new BuildingRun(new BuildingModel(spec, climate.zone(), seed, i), retrofit, meterFrom, BuildingNaming.of(cityCode, i)));
        }
        HeatPumpModel heatPump = "london".equals(cityCode) ? new HeatPumpModel(SimulatedCity.heatPumpCapacityKw(liveBuildings(buildings, seed, climate)), 55)
                : null;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(climate.zone()).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(climate.zone()).toInstant();
            for (BuildingRun run : runs) {
                LocalDate works = day;
                run.retrofit.filter(r -> r.installationStart(today).equals(works)).ifPresent(r -> run.model.retrofit(r.applyTo(run.model.spec())));
            }
            Day outdoor = new Day(), river = new Day(), delta = new Day(), flow = new Day();
            for (Instant at = start.plus(HOUR); !at.isAfter(end); at = at.plus(HOUR)) {
                double outdoorC = climate.outdoorC(at);
                double residentialHeatKw = 0;
                for (BuildingRun run : runs) {
                    run.model.requestSetpoint(setpoints.at(run.model.spec(), at));
                    run.model.step(at, HOUR, outdoorC);
                    residentialHeatKw += run.model.spec().use() == BuildingUse.RESIDENTIAL ? run.model.heatKw() : 0;
                }
                outdoor.add(outdoorC);
                if (heatPump != null) {
                    heatPump.step(HOUR, climate.riverC(at), residentialHeatKw);
                    river.add(heatPump.riverC());
                    delta.add(heatPump.dischargeDeltaK());
                    flow.add(heatPump.riverFlowM3PerHour());
                }
            }
            int hours = outdoor.samples;
            values.add(outdoor.value(cityCode + ".weather.outdoor-temperature", start, end));
            if (heatPump != null) {
                String hp = cityCode + ".heatpump.hp1.";
                values.add(river.value(hp + "river-temperature", start, end));
                values.add(delta.value(hp + "discharge-delta", start, end));
                values.add(flow.value(hp + "river-flow", start, end));
                values.add(meter(hp + "heat-meter", start, end, hours, heatPump.heatMeterKwh()));
                values.add(meter(hp + "electricity-meter", start, end, hours, heatPump.electricityMeterKwh()));
                values.add(meter(hp + "source-pump-meter", start, end, hours, heatPump.sourcePumpMeterKwh()));
                values.add(meter(hp + "river-volume-meter", start, end, hours, heatPump.riverVolumeM3()));
            }
            for (BuildingRun run : runs) {
                if (!day.isBefore(run.meterFrom)) {
                    values.add(meter(run.naming.code(cityCode, BuildingMeasure.HEAT_METER), start, end, hours, run.model.heatMeterKwh()));
                    values.add(meter(run.naming.code(cityCode, BuildingMeasure.ELECTRICITY_METER), start, end, hours,
                            run.model.electricityMeterKwh()));
                }
            }
        }
        return values;
    }

    /** Hourly values of one measure over a day. */
    private static final class Day {
        int samples;
        double sum, min = Double.MAX_VALUE, max = -Double.MAX_VALUE, last;

        void add(double value) {
            samples++;
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            last = value;
        }

        DailyValue value(String code, Instant start, Instant end) {
            return new DailyValue(code, start, samples, sum / samples, min, max, last, end);
        }
    }

    /** The buildings as the live controllers run them (after their works), which the heat pump is sized for. */
    private static List<BuildingModel> liveBuildings(int buildings, long seed, CityClimate climate) {
        List<BuildingModel> live = new ArrayList<>();
        for (int i = 0; i < buildings; i++) {
            BuildingSpec generated = BuildingSpec.generated(String.format("b%03d", i + 1), i, seed);
            BuildingSpec spec = DemoRetrofit.forBuilding(i).map(r -> r.applyTo(generated)).orElse(generated);
            live.add(new BuildingModel(spec, climate.zone(), seed, i));
        }
        return live;
    }

    /** A counter's day, summarised by its reading at the day's end (what daily consumption is computed from). */
    private static DailyValue meter(String code, Instant start, Instant end, int hours, double reading) {
        return new DailyValue(code, start, hours, reading, reading, reading, reading, end);
    }

    private record BuildingRun(BuildingModel model, Optional<DemoRetrofit> retrofit, LocalDate meterFrom, BuildingNaming naming) {
    }
}
