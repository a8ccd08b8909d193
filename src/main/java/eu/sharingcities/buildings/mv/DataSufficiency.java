package eu.sharingcities.buildings.mv;

import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * CalTRACK's data-sufficiency rules (2.1, 2.2), said in words: a baseline year ending where the
 * retrofit began with at least 90 % of its 365 days measured (a missing first day does not refuse
 * it while coverage holds); a reporting period with data. Problems stop the analysis; warnings go
 * with its numbers.
 */
public record DataSufficiency(List<Message> problems, List<Message> warnings) {

    static final int BASELINE_DAYS = 365;
    static final double MIN_COVERAGE = 0.9;

    public boolean sufficient() {
        return problems.isEmpty();
    }

    public static DataSufficiency check(List<Observation> baseline, LocalDate baselineEnd, List<Observation> reporting, LocalDate reportingStart,
                                        LocalDate reportingEnd) {
        List<Message> problems = new ArrayList<>(), warnings = new ArrayList<>();
        LocalDate baselineStart = baselineEnd.minusDays(BASELINE_DAYS - 1L);
        long baselineDays = daysWithin(baseline, baselineStart, baselineEnd);
        if (baseline.isEmpty()) {
            problems.add(Message.of("mv.baseline.none"));
        } else {
            if (baselineDays < MIN_COVERAGE * BASELINE_DAYS) {
                problems.add(Message.of("mv.baseline.coverage", baselineDays, BASELINE_DAYS, 100.0 * baselineDays / BASELINE_DAYS, MIN_COVERAGE * 100));
            }
        }
        long reportingSpan = ChronoUnit.DAYS.between(reportingStart, reportingEnd) + 1;
        long reportingDays = daysWithin(reporting, reportingStart, reportingEnd);
        if (reportingDays == 0) {
            problems.add(Message.of("mv.reporting.none"));
        } else if (reportingDays < MIN_COVERAGE * reportingSpan) {
            warnings.add(Message.of("mv.reporting.coverage", reportingDays, reportingSpan, 100.0 * reportingDays / reportingSpan));
        }
        if (reportingDays > 0 && reportingSpan < BASELINE_DAYS) {
            warnings.add(Message.of("mv.reporting.short", reportingSpan));
        }
        return new DataSufficiency(List.copyOf(problems), List.copyOf(warnings));
    }

    private static long daysWithin(List<Observation> observations, LocalDate from, LocalDate to) {
        long days = 0;
        for (Observation o : observations) {
            LocalDate start = o.start().isBefore(from) ? from : o.start();
            LocalDate end = o.end().isAfter(to) ? to : o.end();
            if (!end.isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return days;
    }
}
