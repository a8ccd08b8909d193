package eu.sharingcities.buildings;

import eu.sharingcities.text.Message;
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
    public record Result(List<MeterPeriod> periods, List<Message> problems, DecimalMark decimalMark, List<ReadRow> firstRows) {

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
        List<Message> problems = new ArrayList<>();
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
                return new Result(List.of(), List.of(Message.of("meterFile.header", String.join(", ", columns.keySet()))), null, List.of());
            }
            List<CSVRecord> rows = parser.getRecords();
            List<CSVRecord> whole = rows.stream().filter(CSVRecord::isConsistent).toList();
            DecimalMark.Decision decision = statedMark.map(DecimalMark.Decision::of).orElseGet(() -> DecimalMark.detect(
                    whole.stream().map(r -> r.get("consumption")).toList(), whole.stream().map(r -> r.getRecordNumber() + 1).toList()));
            if (decision.mark().isEmpty()) {
                return new Result(List.of(), List.of(decision.problem()), null, List.of());
            }
            mark = decision.mark().get();
            for (CSVRecord row : rows) {
                long where = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    problems.add(Message.of("meterFile.columns", where, row.size(), columns.size()));
                    continue;
                }
                LocalDate start = date(row.get(startColumn), where, startColumn, problems);
                LocalDate end = hasEnd ? date(row.get("end"), where, "end", problems) : start;
                BigDecimal consumption = number(row.get("consumption"), mark, where, problems);
                if (start == null || end == null || consumption == null) {
                    continue;
                }
                if (end.isBefore(start)) {
                    problems.add(Message.of("meterFile.endBeforeStart", where, end.toString(), start.toString()));
                } else if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_PERIOD_DAYS) {
                    problems.add(Message.of("meterFile.tooLong", where, end.toEpochDay() - start.toEpochDay() + 1, MAX_PERIOD_DAYS));
                } else if (!end.isBefore(today)) {
                    problems.add(Message.of("meterFile.notEnded", where, end.toString()));
                } else {
                    MeterPeriod period = new MeterPeriod(start, end, consumption.doubleValue() * kwhPerUnit);
                    periods.add(period);
                    if (firstRows.size() < PREVIEW_ROWS) {
                        firstRows.add(new ReadRow((int) row.getRecordNumber() + 1, start, end, row.get("consumption"), consumption, period.kwh()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), List.of(Message.of("meterFile.notCsv", String.valueOf(e.getMessage()))), null, List.of());
        }
        if (periods.isEmpty() && problems.isEmpty()) {
            problems.add(Message.of("meterFile.noRows"));
        }
        overlaps(periods, existing, problems);
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            int more = problems.size() - MAX_PROBLEMS_LISTED;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_LISTED));
            problems.add(Message.of("meterFile.more", more));
        }
        return problems.isEmpty() ? new Result(periods, List.of(), mark, List.copyOf(firstRows)) : new Result(List.of(), List.copyOf(problems), mark, List.of());
    }

    private static LocalDate date(String value, long where, String column, List<Message> problems) {
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(Message.of("meterFile.date", where, column, value));
            return null;
        }
    }

    private static final BigDecimal LARGEST = new BigDecimal("1e12");

    private static BigDecimal number(String value, DecimalMark mark, long where, List<Message> problems) {
        try {
            BigDecimal number = mark.parse(value);
            if (number.signum() < 0) {
                problems.add(Message.of("meterFile.negative", where, value));
                return null;
            }
            if (number.compareTo(LARGEST) > 0) { // also keeps a huge number from being stored as Infinity
                problems.add(Message.of("meterFile.huge", where, value));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(Message.of(mark == DecimalMark.COMMA ? "meterFile.notNumberComma" : "meterFile.notNumberPoint", where, value));
            return null;
        }
    }

    /** Periods may neither overlap each other nor what the meter already has. */
    private static void overlaps(List<MeterPeriod> periods, List<MeterPeriod> existing, List<Message> problems) {
        List<MeterPeriod> sorted = periods.stream().sorted(Comparator.comparing(MeterPeriod::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                problems.add(Message.of("meterFile.overlap", span(sorted.get(i - 1)), span(sorted.get(i))));
            }
        }
        for (MeterPeriod period : sorted) {
            existing.stream().filter(e -> !period.start().isAfter(e.end()) && !e.start().isAfter(period.end())).findFirst()
                    .ifPresent(e -> problems.add(Message.of("meterFile.overlapsImported", span(period), span(e))));
        }
    }

    private static String span(MeterPeriod p) {
        return p.start().equals(p.end()) ? p.start().toString() : p.start() + "–" + p.end();
    }
}
