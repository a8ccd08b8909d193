package eu.sharingcities.mobility.trips;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an operator's trip export in the columns of the system-data files bike-share operators
 * publish (Lyft's format: Citi Bike, Divvy, Capital Bikeshare): {@code ride_id}, {@code started_at},
 * {@code ended_at}, {@code start_station_id}, {@code end_station_id}; other columns are ignored, and
 * {@code distance_m} is read where there is one. Times with an offset (2026-06-01T07:10:00+01:00),
 * or local ones as those files write them (2026-06-01 07:10:00[.123]) in the city's time zone.
 * A file with any problem is refused whole, each problem with its row and what to do.
 */
public final class TripFile {

    static final List<String> REQUIRED = List.of("ride_id", "started_at", "ended_at", "start_station_id", "end_station_id");
    /** Longer is a bike not returned, not a trip. */
    static final Duration LONGEST_TRIP = Duration.ofHours(24);
    private static final int MAX_PROBLEMS_LISTED = 20;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS][.SS][.S]");

    private TripFile() {
    }

    public static List<OperatorTrip> read(String content, ZoneId zone) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> problems = new ArrayList<>();
        List<OperatorTrip> trips = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new TripFileRefused(List.of("the header lacks " + String.join(", ", missing) + "; a trip export has the columns "
                        + String.join(", ", REQUIRED) + " (and distance_m where known)"));
            }
            boolean hasDistance = columns.containsKey("distance_m");
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    problems.add("row " + line + ": " + row.size() + " columns where the header has " + columns.size());
                    continue;
                }
                if (!ids.add(row.get("ride_id"))) {
                    problems.add("row " + line + ": ride_id " + row.get("ride_id") + " is in the file twice; each trip once");
                    continue;
                }
                OperatorTrip trip = trip(row, line, zone, hasDistance, problems);
                if (trip != null) {
                    trips.add(trip);
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new TripFileRefused(List.of("not a CSV file: " + e.getMessage()));
        }
        if (trips.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no trips");
        }
        if (!problems.isEmpty()) {
            List<String> listed = new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
            if (problems.size() > MAX_PROBLEMS_LISTED) {
                listed.add((problems.size() - MAX_PROBLEMS_LISTED) + " more problems");
            }
            throw new TripFileRefused(listed);
        }
        return trips;
    }

    private static OperatorTrip trip(CSVRecord row, long line, ZoneId zone, boolean hasDistance, List<String> problems) {
        String id = row.get("ride_id");
        String from = row.get("start_station_id");
        String to = row.get("end_station_id");
        int before = problems.size();
        if (id.isEmpty() || id.length() > 100) {
            problems.add("row " + line + ": ride_id must be 1 to 100 characters");
        }
        if (from.isEmpty() || to.isEmpty()) {
            problems.add("row " + line + ": a trip without its start and end station (a free-floating ride) cannot be placed; leave it out");
        }
        Instant start = time(row.get("started_at"), zone, line, "started_at", problems);
        Instant end = time(row.get("ended_at"), zone, line, "ended_at", problems);
        Double metres = hasDistance ? metres(row.get("distance_m"), line, problems) : null;
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("row " + line + ": ended_at " + row.get("ended_at") + " is before started_at " + row.get("started_at"));
        } else if (start != null && end != null && Duration.between(start, end).compareTo(LONGEST_TRIP) > 0) {
            problems.add("row " + line + ": a trip of more than 24 hours is a bike not returned; leave it out");
        }
        return problems.size() > before ? null : new OperatorTrip(id, start, end, from, to, metres);
    }

    private static Instant time(String value, ZoneId zone, long line, String column, List<String> problems) {
        try {
            return value.contains("T") ? OffsetDateTime.parse(value).toInstant() : LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("row " + line + ": " + column + " '" + value + "' is not a time; write 2026-06-01T07:10:00+01:00 or 2026-06-01 07:10:00");
            return null;
        }
    }

    private static Double metres(String value, long line, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            double metres = Double.parseDouble(value);
            if (!(metres >= 0 && metres < 1_000_000)) {
                problems.add("row " + line + ": distance_m " + value + " is not a distance in metres (0 to 1,000 km)");
                return null;
            }
            return metres;
        } catch (NumberFormatException e) {
            problems.add("row " + line + ": distance_m '" + value + "' is not a number; metres, with a point for decimals");
            return null;
        }
    }
}
