package eu.sharingcities.bench;

import eu.sharingcities.buildings.mv.MeasurementAndVerification;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.TypicalYear;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * {@code ./run bench mv}: measurement and verification (CalTRACK daily method, Guideline 14
 * statistics) for a portfolio of 1,000 buildings with two years of daily data each — a baseline
 * year and a reporting year — held in memory, on all cores. Reference in the same run: one
 * building at a time on one core. Median of 5 runs after 3 warm-up runs.
 */
final class MvBench {

    private static final int BUILDINGS = 1_000;
    private static final LocalDate RETROFIT = LocalDate.of(2025, 1, 1);

    private MvBench() {
    }

    public static void main(String[] args) throws Exception {
        List<List<Observation>> baselines = new ArrayList<>(), reportings = new ArrayList<>();
        for (int b = 0; b < BUILDINGS; b++) {
            Random random = new Random(b);
            double base = 20 + random.nextDouble() * 200, slope = 2 + random.nextDouble() * 20, saving = random.nextDouble() * 0.7;
            baselines.add(days(RETROFIT.minusDays(365), RETROFIT.minusDays(1), base, slope, 1, random));
            reportings.add(days(RETROFIT, RETROFIT.plusDays(364), base, slope, 1 - saving, random));
        }
        double[] year = new double[365];
        Arrays.setAll(year, i -> temperature(LocalDate.ofYearDay(2023, i + 1)));
        TypicalYear normalYear = new TypicalYear(year, 1, "the benchmark's year");

        Runnable portfolio = () -> IntStream.range(0, BUILDINGS).parallel().forEach(b -> analyse(baselines, reportings, normalYear, b));
        Runnable sequential = () -> IntStream.range(0, BUILDINGS).forEach(b -> analyse(baselines, reportings, normalYear, b));
        double oneBuildingMs = medianMillis(() -> analyse(baselines, reportings, normalYear, 0), 50);
        double sequentialMs = medianMillis(sequential, 5);
        double portfolioMs = medianMillis(portfolio, 5);

        String table = String.format(Locale.ROOT, """
                %d cores, Java %s, %s; 1,000 buildings × 730 days (365 baseline + 365 reporting), data in memory
                
                | scenario | median ms | x baseline |
                |---|---|---|
                | one building (for reference) | %.2f | – |
                | baseline: 1,000 buildings one after another, one core | %.0f | 1.00 |
                | portfolio: 1,000 buildings on all cores | %.0f | %.2f |
                
                Target (issue 5): portfolio under 2 s — %s.""",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(), oneBuildingMs, sequentialMs,
                portfolioMs, portfolioMs / sequentialMs, portfolioMs < 2_000 ? "met" : "NOT met");
        System.out.println();
        System.out.println(table);
        BenchmarksDoc.replaceSection(Path.of("docs/benchmarks.md"), "mv-bench", table);
    }

    private static void analyse(List<List<Observation>> baselines, List<List<Observation>> reportings, TypicalYear normalYear, int b) {
        var outcome = MeasurementAndVerification.analyse(baselines.get(b), RETROFIT, reportings.get(b), RETROFIT, RETROFIT.plusDays(364), normalYear, true);
        if (!(outcome instanceof MeasurementAndVerification.Measured)) {
            throw new IllegalStateException("building " + b + ": " + outcome);
        }
    }

    private static List<Observation> days(LocalDate from, LocalDate to, double base, double slope, double share, Random random) {
        List<Observation> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            double t = temperature(d) + random.nextGaussian() * 2;
            days.add(Observation.daily(d, share * (base + slope * Math.max(0, 15.5 - t)) + random.nextGaussian() * base * 0.05, t));
        }
        return days;
    }

    private static double temperature(LocalDate d) {
        return 11 - 9 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 20) / 365.0);
    }

    private static double medianMillis(Runnable work, int runs) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
