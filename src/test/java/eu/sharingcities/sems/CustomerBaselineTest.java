package eu.sharingcities.sems;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "High 5 of 10" worked by hand. The event: Wednesday 25 November 2026, 17:00–18:00 (intervals
 * 68–71). The weekdays before it, newest first: 24, 23, 20, 19, 18, 17, 16, 13, 12, 11 November
 * (the weekend of the 21st and 22nd is a different kind of day; the 19th had an event and is
 * skipped, so the 10th is the tenth). Each day's load is flat at its own level: 24th 100, 23rd 120,
 * 20th 90, 18th 130, 17th 80, 16th 110, 13th 140, 12th 70, 11th 60, 10th 150 kW. The five highest:
 * 150, 140, 130, 120, 110 → baseline 130 kW in every interval.
 */
class CustomerBaselineTest {

    private static final LocalDate EVENT_DAY = LocalDate.of(2026, 11, 25);

    private static double[] flat(double kw) {
        double[] profile = new double[CustomerBaseline.INTERVALS];
        Arrays.fill(profile, kw);
        return profile;
    }

    private static Map<LocalDate, double[]> days() {
        Map<LocalDate, double[]> profiles = new HashMap<>();
        double[][] levels = {{24, 100}, {23, 120}, {22, 999}, {21, 999}, {20, 90}, {19, 999}, {18, 130}, {17, 80}, {16, 110}, {13, 140}, {12, 70},
                {11, 60}, {10, 150}, {9, 500}};
        for (double[] l : levels) {
            profiles.put(LocalDate.of(2026, 11, (int) l[0]), flat(l[1]));
        }
        return profiles;
    }

    @Test
    void theBaselineIsTheMeanOfTheFiveHighestOfTheTenLatestComparableDays() {
        double[] baseline = CustomerBaseline.of(days(), Set.of(LocalDate.of(2026, 11, 19)), EVENT_DAY, 68, 72).orElseThrow();

        assertThat(baseline).hasSize(4).containsOnly(130.0);
    }

    @Test
    void withFewerThanFiveComparableDaysThereIsNone() {
        Map<LocalDate, double[]> few = new HashMap<>();
        for (int d = 20; d <= 24; d++) {
            few.put(LocalDate.of(2026, 11, d), flat(100));
        }
        few.get(LocalDate.of(2026, 11, 24))[70] = Double.NaN; // one interval of the window not measured: the day does not count
        assertThat(CustomerBaseline.of(few, Set.of(), EVENT_DAY, 68, 72)).isEmpty();
    }

    /** Delivered and rebound by hand: baseline 130; load 100 in the window → 30 kW delivered of 15 requested (200 %); 145 after → 15 kW rebound. */
    @Test
    void anEventReportSetsTheCutAgainstTheRequestAndTheRebound() {
        DemandResponse.Event event = new DemandResponse.Event(Instant.parse("2026-11-25T17:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"), 15, "DR-1");
        double[] baseline = {130, 130, 130, 130, 130, 130, 130, 130};
        double[] actual = {100, 100, 100, 100, 145, 145, 145, 145};

        EventReport report = EventReport.of(event, baseline, actual, 4);

        assertThat(report.deliveredKw()).isCloseTo(30, within(1e-12));
        assertThat(report.deliveredPercentOfRequest()).isCloseTo(200, within(1e-12));
        assertThat(report.reboundKw()).isCloseTo(15, within(1e-12));
    }
}
