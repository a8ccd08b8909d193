package eu.sharingcities.mobility.gtfs;

import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one feed's rows and notes each problem with its file and line (the header is line 1, as an
 * editor shows it), up to {@link GtfsFeed#MAX_PROBLEMS}; a value with a problem reads as 0 or null
 * so that the rest can still be checked.
 */
final class GtfsRows {

    private final List<String> problems;

    GtfsRows(List<String> problems) {
        this.problems = problems;
    }

    /** A file's rows when it has the columns; otherwise none, with the missing columns said. */
    List<CSVRecord> records(Map<String, List<CSVRecord>> files, String file, String... columns) {
        List<CSVRecord> rows = files.get(file);
        if (rows == null || rows.isEmpty()) {
            return List.of();
        }
        List<String> missing = java.util.Arrays.stream(columns).filter(c -> !rows.getFirst().isMapped(c)).toList();
        if (!missing.isEmpty()) {
            problem(file + ", line 1: no column " + String.join(", ", missing) + "; add it to the header (GTFS Schedule reference, " + file + ")");
            return List.of();
        }
        return rows;
    }

    double number(CSVRecord r, String file, String column, double min, double max) {
        String text = r.get(column);
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem(at(r, file) + column + " '" + text + "' is not a number from " + plain(min) + " to " + plain(max) + "; write it with a decimal point");
        return 0;
    }

    /** HH:MM:SS (H:MM:SS too), hours past 24 for trips after midnight; seconds from the service day's start. */
    int time(CSVRecord r, String file, String column) {
        String text = r.get(column);
        if (text.matches("\\d{1,2}:[0-5]\\d:[0-5]\\d")) {
            String[] p = text.split(":");
            return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Integer.parseInt(p[2]);
        }
        problem(at(r, file) + column + " '" + text + "' is not a time; write HH:MM:SS, e.g. 08:05:00 (25:10:00 for 01:10 after midnight)");
        return 0;
    }

    LocalDate date(CSVRecord r, String file, String column) {
        LocalDate date = GtfsFeed.parseDate(r.get(column));
        if (date == null) {
            problem(at(r, file) + column + " '" + r.get(column) + "' is not a date; write YYYYMMDD, e.g. 20261201");
        }
        return date;
    }

    void reference(CSVRecord r, String file, String column, Set<String> known, String where) {
        if (!known.contains(r.get(column))) {
            problem(at(r, file) + column + " '" + r.get(column) + "' is not in " + where + "; add it there or correct the id");
        }
    }

    String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    private static String at(CSVRecord r, String file) {
        return file + ", line " + (r.getRecordNumber() + 1) + ": ";
    }

    private void problem(String text) {
        if (problems.size() < GtfsFeed.MAX_PROBLEMS) {
            problems.add(text);
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
