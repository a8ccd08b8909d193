package eu.sharingcities.heatpump;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Performance over a period, at the SEPEMO system boundaries the platform can measure:
 * H1 is the heat pump unit alone (heat delivered over its own electricity: the COP over a day,
 * the SPF over a month or season); H2 adds the river (source) pumps. There is no back-up heater,
 * so H3 equals H2; the distribution pumps are not metered, so H4 is not reported.
 */
public record Performance(String label, int days, double heatKwh, double heatPumpKwh, double sourcePumpKwh) {

    public static final String BOUNDARY = "SEPEMO H1 (heat pump unit) and H2 (with the river pumps); no back-up heater (H3 = H2); "
            + "distribution pumps not metered (no H4)";

    /** Heat delivered over the heat pump unit's electricity. */
    public double spfH1() {
        return heatPumpKwh > 0 ? heatKwh / heatPumpKwh : Double.NaN;
    }

    /** Heat delivered over the electricity of the heat pump unit and the river pumps. */
    public double spfH2() {
        return heatPumpKwh + sourcePumpKwh > 0 ? heatKwh / (heatPumpKwh + sourcePumpKwh) : Double.NaN;
    }

    public double electricityKwh() {
        return heatPumpKwh + sourcePumpKwh;
    }

    /** Sums the days that have all three counters. */
    public static Performance of(String label, List<HeatPumpDay> days) {
        List<HeatPumpDay> complete = days.stream()
                .filter(d -> Double.isFinite(d.heatKwh()) && Double.isFinite(d.heatPumpKwh()) && Double.isFinite(d.sourcePumpKwh())).toList();
        return new Performance(label, complete.size(), complete.stream().mapToDouble(HeatPumpDay::heatKwh).sum(),
                complete.stream().mapToDouble(HeatPumpDay::heatPumpKwh).sum(), complete.stream().mapToDouble(HeatPumpDay::sourcePumpKwh).sum());
    }

    /** One period per calendar month, oldest first. */
    public static List<Performance> monthly(List<HeatPumpDay> days) {
        Map<YearMonth, List<HeatPumpDay>> byMonth = days.stream().collect(Collectors.groupingBy(d -> YearMonth.from(d.day()), TreeMap::new,
                Collectors.toList()));
        return byMonth.entrySet().stream().map(e -> of(e.getKey().toString(), e.getValue())).toList();
    }
}
