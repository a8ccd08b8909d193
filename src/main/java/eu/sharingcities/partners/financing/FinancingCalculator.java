package eu.sharingcities.partners.financing;

import eu.sharingcities.text.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * Appraises an investment under a financing method (docs/partners.md, "Financing"). Savings of
 * year t are the first year's × (1 + escalation)^(t−1); cash flows are at the end of each year,
 * the capex at year 0.
 */
public final class FinancingCalculator {

    private FinancingCalculator() {
    }

    public static Appraisal appraise(Investment i, Financing f) {
        check(i, f);
        List<Double> owner = new ArrayList<>();
        List<Double> esco = new ArrayList<>();
        boolean shared = f.method() == Financing.Method.SHARED_SAVINGS;
        owner.add(shared ? 0 : -i.capex());
        esco.add(shared ? -i.capex() : 0);
        for (int t = 1; t <= i.years(); t++) {
            double savings = i.savingsEuro() * Math.pow(1 + i.priceEscalation(), t - 1);
            double toEsco = shared && t <= f.contractYears() ? f.escoShare() * savings : 0;
            double credit = f.method() == Financing.Method.TAX_CREDIT && t <= f.creditYears() ? f.creditRate() * i.capex() / f.creditYears() : 0;
            owner.add(savings - toEsco + credit);
            esco.add(toEsco);
        }
        Double payback = i.savingsEuro() <= 0 ? null : i.capex() / i.savingsEuro();
        return new Appraisal(payback, owner, CashFlows.npv(i.discountRate(), owner), CashFlows.irr(owner), shared ? esco : null,
                shared ? CashFlows.npv(i.discountRate(), esco) : null, shared ? CashFlows.irr(esco) : null, i.savingsKwh() * i.years(),
                i.savingsKgCo2() * i.years() / 1000);
    }

    private static void check(Investment i, Financing f) {
        if (!(i.capex() >= 0) || !(i.savingsEuro() >= 0) || !(i.savingsKwh() >= 0) || !(i.savingsKgCo2() >= 0)) {
            throw new Refusal("financing.refused.amounts");
        }
        if (i.years() < 1 || i.years() > 60) {
            throw new Refusal("financing.refused.years", i.years());
        }
        if (!(i.discountRate() > -1 && i.discountRate() <= 1) || !(i.priceEscalation() > -1 && i.priceEscalation() <= 1)) {
            throw new Refusal("financing.refused.rates");
        }
        if (f.method() == Financing.Method.SHARED_SAVINGS && (!(f.escoShare() >= 0 && f.escoShare() <= 1) || f.contractYears() < 1
                || f.contractYears() > i.years())) {
            throw new Refusal("financing.refused.shared", i.years());
        }
        if (f.method() == Financing.Method.TAX_CREDIT && (!(f.creditRate() >= 0 && f.creditRate() <= 1.5) || f.creditYears() < 1
                || f.creditYears() > i.years())) {
            throw new Refusal("financing.refused.credit", i.years());
        }
    }
}
