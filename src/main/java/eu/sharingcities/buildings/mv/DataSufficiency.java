package eu.sharingcities.buildings.mv;

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
public record DataSufficiency(List<String> problems, List<String> warnings) {

    static final int BASELINE_DAYS = 365;
    static final double MIN_COVERAGE = 0.9;

    public boolean sufficient() {
        return problems.isEmpty();
    }

    public static DataSufficiency check(List<Observation> baseline, LocalDate baselineEnd, List<Observation> reporting, LocalDate reportingStart,
                                        LocalDate reportingEnd) {
        List<String> problems = new ArrayList<>(), warnings = new ArrayList<>();
        LocalDate baselineStart = baselineEnd.minusDays(BASELINE_DAYS - 1L);
        long baselineDays = daysWithin(baseline, baselineStart, baselineEnd);
        if (baseline.isEmpty()) {
            problems.add("There is no baseline data: the building needs a year of metered energy use before the retrofit.");
        } else {
            if (baselineDays < MIN_COVERAGE * BASELINE_DAYS) {
                problems.add(String.format("Only %d of the baseline year's %d days have both energy use and an outdoor temperature (%.0f %%); "
                        + "at least %.0f %% are needed. Import older meter data or bills, or fill the gaps.", baselineDays, BASELINE_DAYS,
                        100.0 * baselineDays / BASELINE_DAYS, MIN_COVERAGE * 100));
            }
        }
        long reportingSpan = ChronoUnit.DAYS.between(reportingStart, reportingEnd) + 1;
        long reportingDays = daysWithin(reporting, reportingStart, reportingEnd);
        if (reportingDays == 0) {
            problems.add("There is no data after the retrofit yet: savings can be measured once the reporting period has metered days.");
        } else if (reportingDays < MIN_COVERAGE * reportingSpan) {
            warnings.add(String.format("The reporting period has data on %d of its %d days (%.0f %%): savings cover only those days.",
                    reportingDays, reportingSpan, 100.0 * reportingDays / reportingSpan));
        }
        if (reportingDays > 0 && reportingSpan < BASELINE_DAYS) {
            warnings.add(String.format("The reporting period is %d days, less than a year: the savings do not yet cover every season.", reportingSpan));
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
