package eu.sharingcities.buildings.mv;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The weather a normalised annual consumption is computed on: 365 daily mean temperatures,
 * 1 January first. From a city's own history each calendar day is the mean of that day over the
 * years recorded (29 February left out); with one year or less it is that weather, and the
 * basis says so rather than calling it typical.
 */
public record TypicalYear(double[] dailyMeanC, int years, String basis) {

    /** Years with at least this many days count as years of history. */
    static final int DAYS_FOR_A_YEAR = 330;

    public TypicalYear {
        if (dailyMeanC.length != 365) {
            throw new IllegalArgumentException("a year has 365 daily temperatures here, not " + dailyMeanC.length);
        }
        dailyMeanC = dailyMeanC.clone();
    }

    /** The mean of each calendar day over the years in {@code history}; a calendar day no year has takes the overall mean. */
    public static TypicalYear of(Map<LocalDate, Double> history) {
        Map<MonthDay, double[]> sums = new HashMap<>();
        Map<Integer, Integer> daysPerYear = new HashMap<>();
        double total = 0;
        for (Map.Entry<LocalDate, Double> day : history.entrySet()) {
            if (day.getValue() == null || Double.isNaN(day.getValue())) {
                continue;
            }
            MonthDay md = MonthDay.from(day.getKey());
            if (!md.equals(MonthDay.of(2, 29))) {
                double[] sum = sums.computeIfAbsent(md, k -> new double[2]);
                sum[0] += day.getValue();
                sum[1]++;
                total += day.getValue();
                daysPerYear.merge(day.getKey().getYear(), 1, Integer::sum);
            }
        }
        long count = sums.values().stream().mapToLong(s -> (long) s[1]).sum();
        double mean = count == 0 ? Double.NaN : total / count;
        double[] year = new double[365];
        LocalDate day = LocalDate.of(2025, 1, 1); // any year without 29 February
        for (int d = 0; d < 365; d++, day = day.plusDays(1)) {
            double[] sum = sums.get(MonthDay.from(day));
            year[d] = sum == null ? mean : sum[0] / sum[1];
        }
        List<Integer> fullYears = daysPerYear.entrySet().stream().filter(e -> e.getValue() >= DAYS_FOR_A_YEAR).map(Map.Entry::getKey).sorted().toList();
        TreeSet<LocalDate> dates = new TreeSet<>(history.keySet());
        String basis = dates.isEmpty() ? "no weather recorded"
                : fullYears.size() >= 2
                ? String.format("typical year: each calendar day's mean over the city's weather %s–%s (%d years with data)", dates.first(),
                dates.last(), fullYears.size())
                : String.format("the city's weather %s–%s only: less than two years recorded, so not a typical year", dates.first(), dates.last());
        return new TypicalYear(year, fullYears.size(), basis);
    }

    @Override
    public double[] dailyMeanC() {
        return dailyMeanC.clone();
    }
}
