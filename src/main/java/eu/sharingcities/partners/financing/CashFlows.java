package eu.sharingcities.partners.financing;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.NoBracketingException;

import java.util.List;

/**
 * Net present value and internal rate of return of yearly cash flows, the first at year 0 (the
 * investment), as spreadsheets and finance textbooks define them: NPV = Σ CFₜ / (1 + r)ᵗ; the IRR is
 * the rate where the NPV is zero, found with commons-math's Brent solver.
 */
public final class CashFlows {

    /** Rates the IRR is looked for between: a loss of 99 % a year to a gain of 1,000 %. */
    private static final double LOWEST = -0.99;
    private static final double HIGHEST = 10;

    private CashFlows() {
    }

    public static double npv(double rate, List<Double> flows) {
        double sum = 0;
        for (int t = 0; t < flows.size(); t++) {
            sum += flows.get(t) / Math.pow(1 + rate, t);
        }
        return sum;
    }

    /** The IRR, or null where there is none: flows that never change sign, or no rate in range that makes the NPV zero. */
    public static Double irr(List<Double> flows) {
        boolean negative = flows.stream().anyMatch(f -> f < 0);
        boolean positive = flows.stream().anyMatch(f -> f > 0);
        if (!negative || !positive) {
            return null;
        }
        try {
            return new BrentSolver(1e-12).solve(10_000, r -> npv(r, flows), LOWEST, HIGHEST);
        } catch (NoBracketingException e) {
            return null;
        }
    }
}
