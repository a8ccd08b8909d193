package eu.sharingcities.partners.financing;

import eu.sharingcities.partners.financing.Financing.Method;

import java.util.ArrayList;
import java.util.List;

/**
 * Appraises an investment under a financing method (docs/partners.md, "Financing"). Savings of
 * year t are the first year's × (1 + escalation)^(t−1) × the share achieved; cash flows are at the
 * end of each year, the capex (less any grant) at year 0.
 */
public final class FinancingCalculator {

    private FinancingCalculator() {
    }

    public static Appraisal appraise(Investment i, Financing f) {
        FinancingCheck.check(i, f);
        Method m = f.method();
        double ownCapex = i.capex() * (1 - f.grantShare());
        double borrowed = m.lends() ? f.financedShare() * ownCapex : 0;
        double instalment = m == Method.GREEN_BOND ? borrowed * f.interestRate() : annuity(borrowed, f.interestRate(), f.termYears());
        List<Double> owner = new ArrayList<>();
        List<Double> financier = new ArrayList<>();
        owner.add(m == Method.SHARED_SAVINGS ? 0 : -ownCapex + borrowed);
        financier.add(m == Method.SHARED_SAVINGS ? -ownCapex : -borrowed);
        for (int t = 1; t <= i.years(); t++) {
            double expected = i.savingsEuro() * Math.pow(1 + i.priceEscalation(), t - 1);
            double achieved = expected * f.achieved();
            double toFinancier = switch (m) {
                case SHARED_SAVINGS -> t <= f.contractYears() ? f.escoShare() * achieved : 0;
                // the ESCo's fee, less what it makes good below the guaranteed savings
                case GUARANTEED_SAVINGS -> t <= f.contractYears() ? f.annualFee() - Math.max(0, f.guaranteedShare() * expected - achieved) : 0;
                case GREEN_BOND -> t < f.termYears() ? instalment : t == f.termYears() ? instalment + borrowed : 0;
                case ON_BILL, THIRD_PARTY, CROWDFUNDING -> t <= f.termYears() ? instalment : 0;
                default -> 0;
            };
            double credit = m == Method.TAX_CREDIT && t <= f.creditYears() ? f.creditRate() * i.capex() / f.creditYears() : 0;
            owner.add(achieved - toFinancier + credit);
            financier.add(toFinancier);
        }
        Double payback = i.savingsEuro() <= 0 ? null : i.capex() / i.savingsEuro();
        boolean hasFinancier = m.financier() != null;
        return new Appraisal(payback, owner, CashFlows.npv(i.discountRate(), owner), CashFlows.irr(owner), m.financier(),
                hasFinancier ? financier : null, hasFinancier ? CashFlows.npv(i.discountRate(), financier) : null,
                hasFinancier ? CashFlows.irr(financier) : null, m.lends() ? instalment : null, i.savingsKwh() * f.achieved() * i.years(),
                i.savingsKgCo2() * f.achieved() * i.years() / 1000);
    }

    /** The equal instalment that repays {@code principal} with interest at {@code rate} in {@code n} periods: P·r / (1 − (1 + r)^−n). */
    static double annuity(double principal, double rate, int n) {
        if (n <= 0 || principal == 0) {
            return 0;
        }
        return rate == 0 ? principal / n : principal * rate / (1 - Math.pow(1 + rate, -n));
    }
}
