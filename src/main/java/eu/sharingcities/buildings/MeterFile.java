package eu.sharingcities.buildings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a utility bill or meter export: one row per period with columns {@code start}, {@code end}
 * (inclusive; leave the column out for daily data) and {@code consumption} in the meter's unit.
 * Commas or semicolons separate columns. The decimal mark (point or comma, as Italian, French,
 * Portuguese and Polish exports write numbers) is decided from the whole consumption column or
 * stated by the importer, never guessed from the delimiter ({@link DecimalMark}). Dates as
 * 2025-01-31 or 31/01/2025. Every problem is reported with its row and column; a file with any
 * problem gives no periods at all. The first rows as read are returned so a person can check the
 * magnitudes before anything is stored.
 */
public final class MeterFile {

    /** The most days a billing period may have: longer ones cannot be told apart from a gap. */
    static final int MAX_PERIOD_DAYS = 100;
    private static final int MAX_PROBLEMS_LISTED = 20;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    /** How many rows the preview shows as read. */
    static final int PREVIEW_ROWS = 5;

    /** What was read: periods in kWh with the decimal mark used and the first rows as read, or the problems that refuse the file. */
    public record Result(List<MeterPeriod> periods, List<String> problems, DecimalMark decimalMark, List<ReadRow> firstRows) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** A row as read: the consumption as written in the file, the number taken from it, and the kWh stored. */
    public record ReadRow(int row, LocalDate start, LocalDate end, String consumptionAsWritten, BigDecimal consumption, double kwh) {
    }

    private MeterFile() {
    }

    public static Result read(String content, double kwhPerUnit, List<MeterPeriod> existing, LocalDate today) {
        return read(content, kwhPerUnit, existing, today, Optional.empty());
    }

    /** @param statedMark the decimal mark the importer states; empty: decided from the column */
    public static Result read(String content, double kwhPerUnit, List<MeterPeriod> existing, LocalDate today, Optional<DecimalMark> statedMark) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> problems = new ArrayList<>();
        List<MeterPeriod> periods = new ArrayList<>();
        List<ReadRow> firstRows = new ArrayList<>();
        DecimalMark mark = DecimalMark.POINT;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            boolean hasEnd = columns.containsKey("end");
            String startColumn = columns.containsKey("start") ? "start" : "date";
            if (!columns.containsKey(startColumn) || !columns.containsKey("consumption")) {
                return new Result(List.of(), List.of("row 1: the header must name the columns start, end and consumption "
                        + "(or date and consumption for daily data), not " + String.join(", ", columns.keySet())), null, List.of());
            }
            List<CSVRecord> rows = parser.getRecords();
            List<CSVRecord> whole = rows.stream().filter(CSVRecord::isConsistent).toList();
            DecimalMark.Decision decision = statedMark.map(DecimalMark.Decision::of).orElseGet(() -> DecimalMark.detect(
                    whole.stream().map(r -> r.get("consumption")).toList(), whole.stream().map(r -> "row " + (r.getRecordNumber() + 1)).toList()));
            if (decision.mark().isEmpty()) {
                return new Result(List.of(), List.of(decision.problem()), null, List.of());
            }
            mark = decision.mark().get();
            for (CSVRecord row : rows) {
                String where = "row " + (row.getRecordNumber() + 1);
                if (!row.isConsistent()) {
                    problems.add(where + ": " + row.size() + " columns, the header has " + columns.size());
                    continue;
                }
                LocalDate start = date(row.get(startColumn), where, startColumn, problems);
                LocalDate end = hasEnd ? date(row.get("end"), where, "end", problems) : start;
                BigDecimal consumption = number(row.get("consumption"), mark, where, problems);
                if (start == null || end == null || consumption == null) {
                    continue;
                }
                if (end.isBefore(start)) {
                    problems.add(where + ", column end: " + end + " is before the start " + start);
                } else if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_PERIOD_DAYS) {
                    problems.add(where + ": a period of " + (end.toEpochDay() - start.toEpochDay() + 1) + " days; split it into periods of at most "
                            + MAX_PERIOD_DAYS + " days");
                } else if (!end.isBefore(today)) {
                    problems.add(where + ", column end: " + end + " has not ended yet; import only periods that ended before today");
                } else {
                    MeterPeriod period = new MeterPeriod(start, end, consumption.doubleValue() * kwhPerUnit);
                    periods.add(period);
                    if (firstRows.size() < PREVIEW_ROWS) {
                        firstRows.add(new ReadRow((int) row.getRecordNumber() + 1, start, end, row.get("consumption"), consumption, period.kwh()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), List.of("the file cannot be read as CSV: " + e.getMessage()), null, List.of());
        }
        if (periods.isEmpty() && problems.isEmpty()) {
            problems.add("the file has a header but no rows");
        }
        overlaps(periods, existing, problems);
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            int more = problems.size() - MAX_PROBLEMS_LISTED;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_LISTED));
            problems.add("… and " + more + " more problems");
        }
        return problems.isEmpty() ? new Result(periods, List.of(), mark, List.copyOf(firstRows)) : new Result(List.of(), List.copyOf(problems), mark, List.of());
    }

    private static LocalDate date(String value, String where, String column, List<String> problems) {
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + ", column " + column + ": '" + value + "' is not a date; write it as 2025-01-31 or 31/01/2025");
            return null;
        }
    }

    private static final BigDecimal LARGEST = new BigDecimal("1e12");

    private static BigDecimal number(String value, DecimalMark mark, String where, List<String> problems) {
        try {
            BigDecimal number = mark.parse(value);
            if (number.signum() < 0) {
                problems.add(where + ", column consumption: " + value + " is negative; a meter's consumption is 0 or more");
                return null;
            }
            if (number.compareTo(LARGEST) > 0) { // also keeps a huge number from being stored as Infinity
                problems.add(where + ", column consumption: " + value + " is more than any meter reads in a period (10^12); check the value and its unit");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(where + ", column consumption: '" + value + "' is not a number written with a decimal "
                    + (mark == DecimalMark.COMMA ? "comma (like 1234,5 or 1.234,5)" : "point (like 1234.5 or 1,234.5)"));
            return null;
        }
    }

    /** Periods may neither overlap each other nor what the meter already has. */
    private static void overlaps(List<MeterPeriod> periods, List<MeterPeriod> existing, List<String> problems) {
        List<MeterPeriod> sorted = periods.stream().sorted(Comparator.comparing(MeterPeriod::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                problems.add("the periods " + span(sorted.get(i - 1)) + " and " + span(sorted.get(i)) + " overlap; each day may be in one period only");
            }
        }
        for (MeterPeriod period : sorted) {
            existing.stream().filter(e -> !period.start().isAfter(e.end()) && !e.start().isAfter(period.end())).findFirst()
                    .ifPresent(e -> problems.add("the period " + span(period) + " overlaps " + span(e)
                            + ", already imported for this meter; leave it out of the file"));
        }
    }

    private static String span(MeterPeriod p) {
        return p.start().equals(p.end()) ? p.start().toString() : p.start() + "–" + p.end();
    }
}
