package eu.sharingcities.mobility.gtfs;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A city's public transport timetable read from a GTFS static feed (a zip of CSV files, GTFS
 * Schedule reference): its stops, routes, trips, stop times and service calendar — what the mobility
 * hubs need. The whole feed is checked before anything is kept: a missing file or column, a value of
 * the wrong form, a reference to a stop, trip, route or service the feed does not have are each said
 * with the file, the line and how to fix it, and the feed is refused whole ({@link GtfsRefused}).
 */
public record GtfsFeed(Map<String, Stop> stops, Map<String, Route> routes, Map<String, Trip> trips, List<StopTime> stopTimes,
                       Map<String, Service> services) {

    static final int MAX_PROBLEMS = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public record Stop(String id, String name, double latitude, double longitude) {
    }

    public record Route(String id, String shortName, String longName, int type) {
    }

    public record Trip(String id, String routeId, String serviceId) {
    }

    /** A departure: its trip, stop, and time as seconds from the service day's start (GTFS: noon minus 12 h; past 24:00:00 after midnight). */
    public record StopTime(String tripId, String stopId, int sequence, int departureSeconds) {
    }

    /** When a service runs: its weekdays between two dates (calendar.txt), with days added and removed (calendar_dates.txt). */
    public record Service(String id, Set<DayOfWeek> days, LocalDate start, LocalDate end, Set<LocalDate> added, Set<LocalDate> removed) {

        public boolean runsOn(LocalDate date) {
            if (removed.contains(date)) {
                return false;
            }
            return added.contains(date) || start != null && !date.isBefore(start) && !date.isAfter(end) && days.contains(date.getDayOfWeek());
        }
    }

    /** Reads a feed; refused whole with every problem found (at most {@value #MAX_PROBLEMS}). */
    public static GtfsFeed read(byte[] zip) {
        Map<String, List<CSVRecord>> files = unzip(zip);
        List<String> problems = new ArrayList<>();
        for (String required : List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt")) {
            if (!files.containsKey(required)) {
                problems.add(required + " is missing: a GTFS feed needs agency, stops, routes, trips and stop_times (GTFS Schedule, Dataset Files)");
            }
        }
        if (!files.containsKey("calendar.txt") && !files.containsKey("calendar_dates.txt")) {
            problems.add("calendar.txt and calendar_dates.txt are both missing: give at least one, to say on which days the trips run");
        }
        if (!problems.isEmpty()) {
            throw new GtfsRefused(problems);
        }
        GtfsRows rows = new GtfsRows(problems);
        Map<String, Stop> stops = new HashMap<>();
        for (CSVRecord r : rows.records(files, "stops.txt", "stop_id", "stop_name", "stop_lat", "stop_lon")) {
            double lat = rows.number(r, "stops.txt", "stop_lat", -90, 90);
            double lon = rows.number(r, "stops.txt", "stop_lon", -180, 180);
            stops.put(r.get("stop_id"), new Stop(r.get("stop_id"), r.get("stop_name"), lat, lon));
        }
        Map<String, Route> routes = new HashMap<>();
        for (CSVRecord r : rows.records(files, "routes.txt", "route_id", "route_type")) {
            routes.put(r.get("route_id"), new Route(r.get("route_id"), rows.optional(r, "route_short_name"), rows.optional(r, "route_long_name"),
                    (int) rows.number(r, "routes.txt", "route_type", 0, 1702)));
        }
        Map<String, Service> services = services(files, rows);
        Map<String, Trip> trips = new HashMap<>();
        for (CSVRecord r : rows.records(files, "trips.txt", "route_id", "service_id", "trip_id")) {
            rows.reference(r, "trips.txt", "route_id", routes.keySet(), "routes.txt");
            rows.reference(r, "trips.txt", "service_id", services.keySet(), "calendar.txt or calendar_dates.txt");
            trips.put(r.get("trip_id"), new Trip(r.get("trip_id"), r.get("route_id"), r.get("service_id")));
        }
        List<StopTime> stopTimes = new ArrayList<>();
        for (CSVRecord r : rows.records(files, "stop_times.txt", "trip_id", "stop_id", "stop_sequence", "departure_time")) {
            rows.reference(r, "stop_times.txt", "trip_id", trips.keySet(), "trips.txt");
            rows.reference(r, "stop_times.txt", "stop_id", stops.keySet(), "stops.txt");
            String time = r.get("departure_time");
            if (!time.isEmpty()) { // GTFS lets a timepoint-less stop leave its times empty
                stopTimes.add(new StopTime(r.get("trip_id"), r.get("stop_id"), (int) rows.number(r, "stop_times.txt", "stop_sequence", 0,
                        Integer.MAX_VALUE), rows.time(r, "stop_times.txt", "departure_time")));
            }
        }
        if (!problems.isEmpty()) {
            throw new GtfsRefused(problems);
        }
        return new GtfsFeed(Map.copyOf(stops), Map.copyOf(routes), Map.copyOf(trips), List.copyOf(stopTimes), Map.copyOf(services));
    }

    private static Map<String, Service> services(Map<String, List<CSVRecord>> files, GtfsRows rows) {
        Map<String, Service> services = new HashMap<>();
        if (files.containsKey("calendar.txt")) {
            for (CSVRecord r : rows.records(files, "calendar.txt", "service_id", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "start_date", "end_date")) {
                Set<DayOfWeek> days = new HashSet<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (rows.number(r, "calendar.txt", day.name().toLowerCase(java.util.Locale.ROOT), 0, 1) == 1) {
                        days.add(day);
                    }
                }
                services.put(r.get("service_id"), new Service(r.get("service_id"), days, rows.date(r, "calendar.txt", "start_date"),
                        rows.date(r, "calendar.txt", "end_date"), new HashSet<>(), new HashSet<>()));
            }
        }
        if (files.containsKey("calendar_dates.txt")) {
            for (CSVRecord r : rows.records(files, "calendar_dates.txt", "service_id", "date", "exception_type")) {
                Service s = services.computeIfAbsent(r.get("service_id"), id -> new Service(id, Set.of(), null, null, new HashSet<>(), new HashSet<>()));
                LocalDate date = rows.date(r, "calendar_dates.txt", "date");
                (rows.number(r, "calendar_dates.txt", "exception_type", 1, 2) == 1 ? s.added() : s.removed()).add(date);
            }
        }
        return services;
    }

    /** Each file's rows by name; a file that is not CSV is said with its name. */
    private static Map<String, List<CSVRecord>> unzip(byte[] zip) {
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !name.endsWith(".txt")) {
                    continue;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""); // a byte-order mark is allowed
                try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(new java.io.StringReader(text))) {
                    files.put(name, parser.getRecords());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new GtfsRefused(List.of("the upload is not a zip of GTFS CSV files (" + e.getMessage() + "); zip the feed's .txt files and send that"));
        }
        if (files.isEmpty()) {
            throw new GtfsRefused(List.of("the upload holds no .txt files: a GTFS feed is a zip of agency.txt, stops.txt, routes.txt, trips.txt, "
                    + "stop_times.txt and calendar.txt"));
        }
        return files;
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
