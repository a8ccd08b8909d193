package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.BuildingModel;
import eu.sharingcities.simulator.model.BuildingSpec;
import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.DemoRetrofit;

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
 * day its works began. Gives daily summaries of the weather and the meters, named by the point
 * codes the simulator's configuration uses, for the platform's demo to store as daily rollups.
 */
public final class DemoHistory {

    private static final Duration HOUR = Duration.ofHours(1);

    /** One point's day: {@code samples} hourly values, their mean, extremes and the last (a meter's reading at midnight). */
    public record DailyValue(String pointCode, Instant dayStart, int samples, double mean, double minimum, double maximum, double last,
                             Instant lastTime) {
    }

    private DemoHistory() {
    }

    /** The days before {@code today} (local), for buildings b001 up to {@code buildings}. */
    public static List<DailyValue> of(String cityCode, int buildings, long seed, LocalDate today) {
        CityClimate climate = CityClimate.of(cityCode, seed);
        LocalDate first = today.minusDays(DemoRetrofit.HISTORY_DAYS);
        List<DailyValue> values = new ArrayList<>();
        List<BuildingRun> runs = new ArrayList<>();
        for (int i = 0; i < buildings; i++) {
            BuildingSpec spec = BuildingSpec.generated(String.format("b%03d", i + 1), i, seed);
            Optional<DemoRetrofit> retrofit = DemoRetrofit.forBuilding(i);
            LocalDate meterFrom = today.minusDays(retrofit.map(DemoRetrofit::meterHistoryDays).orElse(DemoRetrofit.HISTORY_DAYS));
            runs.add(new BuildingRun(new BuildingModel(spec, climate.zone(), seed, i), retrofit, meterFrom,
                    cityCode + ".building." + spec.id() + "."));
        }
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(climate.zone()).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(climate.zone()).toInstant();
            for (BuildingRun run : runs) {
                LocalDate works = day;
                run.retrofit.filter(r -> r.installationStart(today).equals(works)).ifPresent(r -> run.model.retrofit(r.applyTo(run.model.spec())));
            }
            double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE, last = 0;
            int hours = 0;
            for (Instant at = start.plus(HOUR); !at.isAfter(end); at = at.plus(HOUR)) {
                double outdoor = climate.outdoorC(at);
                for (BuildingRun run : runs) {
                    run.model.step(at, HOUR, outdoor);
                }
                sum += outdoor;
                min = Math.min(min, outdoor);
                max = Math.max(max, outdoor);
                last = outdoor;
                hours++;
            }
            values.add(new DailyValue(cityCode + ".weather.outdoor-temperature", start, hours, sum / hours, min, max, last, end));
            for (BuildingRun run : runs) {
                if (!day.isBefore(run.meterFrom)) {
                    values.add(meter(run.codePrefix + "heat-meter", start, end, hours, run.model.heatMeterKwh()));
                    values.add(meter(run.codePrefix + "electricity-meter", start, end, hours, run.model.electricityMeterKwh()));
                }
            }
        }
        return values;
    }

    /** A counter's day, summarised by its reading at the day's end (what daily consumption is computed from). */
    private static DailyValue meter(String code, Instant start, Instant end, int hours, double reading) {
        return new DailyValue(code, start, hours, reading, reading, reading, reading, end);
    }

    private record BuildingRun(BuildingModel model, Optional<DemoRetrofit> retrofit, LocalDate meterFrom, String codePrefix) {
    }
}
