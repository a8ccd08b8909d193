package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.BuildingModel;
import eu.sharingcities.simulator.model.BuildingSpec;
import eu.sharingcities.simulator.model.BuildingUse;
import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.DemoRetrofit;
import eu.sharingcities.simulator.model.HeatPumpModel;
import eu.sharingcities.simulator.model.LampModel;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The controllers of one city as physics: its weather, buildings, street lamps and — in London —
 * the Thames water-source heat pump that heats the residential buildings.
 */
final class SimulatedCity {

    private static final double LAMP_RATED_W = 60;

    private final String code;
    private final CityClimate climate;
    private final List<BuildingModel> buildings = new ArrayList<>();
    private final List<LampModel> lamps = new ArrayList<>();
    private final HeatPumpModel heatPump;
    private final MonthDay weatherDay;
    private double outdoorC;

    /** {@code weatherDay}: the day of the year whose weather it lives in, at the real time of day; null for today's. */
    SimulatedCity(String code, int buildingCount, int lampCount, long seed, MonthDay weatherDay) {
        this.code = code;
        this.climate = CityClimate.of(code, seed);
        this.weatherDay = weatherDay;
        for (int i = 0; i < buildingCount; i++) {
            BuildingSpec generated = BuildingSpec.generated(String.format("b%03d", i + 1), i, seed);
            // the demo's retrofitted buildings run as they are after their works (DemoHistory makes their before)
            BuildingSpec spec = DemoRetrofit.forBuilding(i).map(r -> r.applyTo(generated)).orElse(generated);
            buildings.add(new BuildingModel(spec, climate.zone(), seed, i));
        }
        for (int i = 0; i < lampCount; i++) {
            lamps.add(new LampModel(LAMP_RATED_W, seed, i));
        }
        heatPump = "london".equals(code) ? new HeatPumpModel(heatPumpCapacityKw(buildings), 55) : null;
    }

    /** The heat pump is sized for the residential buildings it heats (London's Kingston Heights: flats and a hotel). */
    static double heatPumpCapacityKw(List<BuildingModel> buildings) {
        return Math.max(100, buildings.stream().filter(b -> b.spec().use() == BuildingUse.RESIDENTIAL).mapToDouble(b -> b.spec().maxHeatKw()).sum());
    }

    void step(Instant at, Duration dt) {
        Instant weatherAt = weatherTime(at);
        outdoorC = climate.outdoorC(weatherAt);
        double districtHeatKw = 0;
        for (BuildingModel building : buildings) {
            building.step(at, dt, outdoorC);
            if (building.spec().use() == BuildingUse.RESIDENTIAL) {
                districtHeatKw += building.heatKw();
            }
        }
        if (heatPump != null) {
            heatPump.step(dt, climate.riverC(weatherAt), districtHeatKw);
        }
        double sun = climate.sunElevationDegrees(at);
        lamps.forEach(lamp -> lamp.step(at, dt, sun));
    }

    /** The instant whose weather applies at {@code at}: the weather day's, at the same local time of day. */
    private Instant weatherTime(Instant at) {
        if (weatherDay == null) {
            return at;
        }
        java.time.ZonedDateTime local = at.atZone(climate.zone());
        return weatherDay.atYear(local.getYear()).atTime(local.toLocalTime()).atZone(climate.zone()).toInstant();
    }

    String code() {
        return code;
    }

    double outdoorC() {
        return outdoorC;
    }

    List<BuildingModel> buildings() {
        return buildings;
    }

    List<LampModel> lamps() {
        return lamps;
    }

    Optional<HeatPumpModel> heatPump() {
        return Optional.ofNullable(heatPump);
    }
}
