package eu.sharingcities.simulator;

import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How to run the simulator: which cities, from which port (one server per city, consecutive
 * ports), how many buildings and lamps per city, the tick, the history kept, the seed, the
 * credentials clients must use, optionally the day of the year whose weather the controllers
 * live in (at the real time of day): tests that need buildings to heat get January in any season,
 * and optionally the folder where the controllers keep their certificates across starts (null: new
 * ones at every start, which only a platform that trusts every controller, the demo's, accepts).
 */
public record SimulatorOptions(List<String> cities, int firstPort, int buildings, int lamps, Duration interval,
                               Duration history, long seed, String username, String password, MonthDay weatherDay,
                               java.nio.file.Path certificates) {

    /** The weather of the day the simulator runs on. */
    public SimulatorOptions(List<String> cities, int firstPort, int buildings, int lamps, Duration interval,
                            Duration history, long seed, String username, String password) {
        this(cities, firstPort, buildings, lamps, interval, history, seed, username, password, null, null);
    }

    /** The same, with the weather of {@code day} (null: of the day it runs on). */
    public SimulatorOptions withWeatherDay(MonthDay day) {
        return new SimulatorOptions(cities, firstPort, buildings, lamps, interval, history, seed, username, password, day, certificates);
    }

    /** The same, with the controllers' certificates kept in {@code folder} (null: new ones at every start). */
    public SimulatorOptions withCertificates(java.nio.file.Path folder) {
        return new SimulatorOptions(cities, firstPort, buildings, lamps, interval, history, seed, username, password, weatherDay, folder);
    }

    public static final List<String> ALL_CITIES = List.of("london", "milan", "lisbon", "bordeaux", "burgas", "warsaw");

    /** The demo's controllers: 8 buildings and 500 lamps a city (the lampposts lighting/demo/DemoLighting registers). */
    public static SimulatorOptions demo() {
        return new SimulatorOptions(ALL_CITIES, 4841, 8, 500, Duration.ofSeconds(1), Duration.ofMinutes(30), 2026L,
                "platform", System.getenv().getOrDefault("SIMULATOR_PASSWORD", "simulator"));
    }

    public SimulatorOptions {
        cities = List.copyOf(cities);
        if (buildings < 0 || lamps < 0 || interval.toMillis() < 10 || firstPort < 1 || firstPort + cities.size() > 65535) {
            throw new IllegalArgumentException("buildings and lamps must be 0 or more, the interval at least 10 ms, ports 1..65535");
        }
        for (String city : cities) {
            if (!ALL_CITIES.contains(city)) {
                throw new IllegalArgumentException("unknown city '" + city + "'; choose from " + String.join(", ", ALL_CITIES));
            }
        }
    }

    /**
     * Parses {@code --cities a,b --port P --buildings N --lamps N --interval-ms N --history-minutes N --seed N --weather-day MM-DD
     * --certificates DIR}.
     */
    public static SimulatorOptions parse(String[] args) {
        SimulatorOptions o = demo();
        List<String> cities = o.cities;
        int port = o.firstPort, buildings = o.buildings, lamps = o.lamps;
        long intervalMs = o.interval.toMillis(), historyMinutes = o.history.toMinutes(), seed = o.seed;
        MonthDay weatherDay = null;
        java.nio.file.Path certificates = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("simulator")) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            try {
                switch (flag) {
                    case "--cities" -> cities = List.of(value.split(","));
                    case "--port" -> port = Integer.parseInt(value);
                    case "--buildings" -> buildings = Integer.parseInt(value);
                    case "--lamps" -> lamps = Integer.parseInt(value);
                    case "--interval-ms" -> intervalMs = Long.parseLong(value);
                    case "--history-minutes" -> historyMinutes = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--weather-day" -> weatherDay = MonthDay.parse("--" + value);
                    case "--certificates" -> certificates = java.nio.file.Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag
                            + "; use --cities, --port, --buildings, --lamps, --interval-ms, --history-minutes, --seed, --weather-day, --certificates");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a whole number, not '" + value + "'");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(flag + " needs a month and day as MM-DD, e.g. 01-15, not '" + value + "'");
            }
        }
        return new SimulatorOptions(cities, port, buildings, lamps, Duration.ofMillis(intervalMs), Duration.ofMinutes(historyMinutes),
                seed, o.username, o.password, weatherDay, certificates);
    }
}
