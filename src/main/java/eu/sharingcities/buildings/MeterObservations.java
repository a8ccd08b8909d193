package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.Observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A meter's periods made into observations for CalTRACK, with what was left out and why:
 * a period needs a temperature on 90 % of its days (2.2.3.2; a day needs its own), and a bill
 * of 25–35 days when the meter is billed monthly, 25–70 days when bimonthly (2.2.3.4–2.2.3.5).
 * A meter whose median bill is longer than 35 days is taken as billed bimonthly.
 */
record MeterObservations(List<Observation> observations, List<String> leftOut) {

    static final int SHORTEST_BILL = 25, LONGEST_MONTHLY_BILL = 35, LONGEST_BIMONTHLY_BILL = 70;

    static MeterObservations of(List<MeterPeriod> periods, Map<LocalDate, Double> temperatures) {
        List<Observation> observations = new ArrayList<>();
        int uncovered = 0, tooShort = 0, tooLong = 0;
        int longest = longestBill(periods);
        for (MeterPeriod period : periods) {
            if (period.days() > 1 && period.days() < SHORTEST_BILL) {
                tooShort++;
                continue;
            }
            if (period.days() > longest) {
                tooLong++;
                continue;
            }
            double[] temps = new double[period.days()];
            int known = 0;
            for (int d = 0; d < temps.length; d++) {
                Double t = temperatures.get(period.start().plusDays(d));
                temps[d] = t == null ? Double.NaN : t;
                known += t == null ? 0 : 1;
            }
            if (Observation.covered(known, period.days())) {
                observations.add(new Observation(period.start(), period.days(), period.kwh(), temps));
            } else {
                uncovered++;
            }
        }
        List<String> leftOut = new ArrayList<>();
        if (uncovered > 0) {
            leftOut.add(uncovered + " period(s) left out: fewer than 90 % of their days have an outdoor temperature (CalTRACK 2.2.3.2)");
        }
        if (tooShort > 0) {
            leftOut.add(tooShort + " bill(s) left out: shorter than " + SHORTEST_BILL + " days (CalTRACK 2.2.3.4)");
        }
        if (tooLong > 0) {
            leftOut.add(tooLong + " bill(s) left out: longer than " + longest + " days for a meter billed "
                    + (longest == LONGEST_MONTHLY_BILL ? "monthly" : "every two months") + " (CalTRACK 2.2.3.5)");
        }
        return new MeterObservations(List.copyOf(observations), List.copyOf(leftOut));
    }

    /** 35 days for a meter billed monthly, 70 for one billed every two months (median bill over 35 days). */
    private static int longestBill(List<MeterPeriod> periods) {
        List<Integer> bills = periods.stream().map(MeterPeriod::days).filter(d -> d > 1).sorted().toList();
        if (bills.isEmpty()) {
            return 1;
        }
        return bills.get(bills.size() / 2) > LONGEST_MONTHLY_BILL ? LONGEST_BIMONTHLY_BILL : LONGEST_MONTHLY_BILL;
    }
}
