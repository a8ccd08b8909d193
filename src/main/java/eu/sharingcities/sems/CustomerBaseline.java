package eu.sharingcities.sems;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer baseline load (CBL) for a demand-response event: what the district would have drawn
 * in the event's 15-minute intervals without it, by the "high 5 of 10" method (as PJM's economic
 * load response and NAESB's baseline type I use it): of the 10 most recent days of the same kind
 * (weekday or weekend) before the event's day, without an event of their own and with every
 * interval of the window measured, the 5 with the highest mean load over the event's window; each
 * interval's baseline is the mean of those 5 days' loads in that interval. No weather adjustment:
 * a cold snap on the event day makes the delivered figure conservative.
 */
public final class CustomerBaseline {

    /** 15-minute intervals in a day (96; a daylight-saving day is taken as 96 too: its lost or repeated hour is not in a window). */
    public static final int INTERVALS = 96;
    static final int CANDIDATE_DAYS = 10, HIGHEST = 5;

    private CustomerBaseline() {
    }

    /**
     * @param profiles  the district's load per local day: 96 mean kW, NaN where not measured
     * @param eventDays days with a demand-response event (left out as candidates)
     * @param day       the event's day
     * @param from      the window's first interval (0–95)
     * @param to        the interval after the window's last
     * @return the baseline kW per interval of the window, or empty when fewer than 5 days qualify
     */
    public static Optional<double[]> of(Map<LocalDate, double[]> profiles, Set<LocalDate> eventDays, LocalDate day, int from, int to) {
        boolean weekend = weekend(day);
        List<double[]> candidates = new ArrayList<>();
        for (LocalDate d = day.minusDays(1); candidates.size() < CANDIDATE_DAYS && !d.isBefore(day.minusDays(45)); d = d.minusDays(1)) {
            double[] profile = profiles.get(d);
            if (weekend(d) == weekend && !eventDays.contains(d) && profile != null && measured(profile, from, to)) {
                candidates.add(profile);
            }
        }
        if (candidates.size() < HIGHEST) {
            return Optional.empty();
        }
        List<double[]> highest = candidates.stream().sorted(Comparator.comparingDouble((double[] p) -> mean(p, from, to)).reversed())
                .limit(HIGHEST).toList();
        double[] baseline = new double[to - from];
        for (int i = from; i < to; i++) {
            double sum = 0;
            for (double[] p : highest) {
                sum += p[i];
            }
            baseline[i - from] = sum / HIGHEST;
        }
        return Optional.of(baseline);
    }

    static double mean(double[] profile, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += profile[i];
        }
        return sum / (to - from);
    }

    private static boolean measured(double[] profile, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Double.isNaN(profile[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
