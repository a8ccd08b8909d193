package eu.sharingcities.partners.financing;

import eu.sharingcities.partners.financing.Financing.Method;
import eu.sharingcities.text.Refusal;

/** Checks an investment and its financing before appraising: the first problem refused with its fields and how to fix them. */
final class FinancingCheck {

    private FinancingCheck() {
    }

    static void check(Investment i, Financing f) {
        if (!(i.capex() >= 0) || !(i.savingsEuro() >= 0) || !(i.savingsKwh() >= 0) || !(i.savingsKgCo2() >= 0)) {
            throw new Refusal("financing.refused.amounts");
        }
        if (i.years() < 1 || i.years() > 60) {
            throw new Refusal("financing.refused.years", i.years());
        }
        if (!(i.discountRate() > -1 && i.discountRate() <= 1) || !(i.priceEscalation() > -1 && i.priceEscalation() <= 1)) {
            throw new Refusal("financing.refused.rates");
        }
        if (f.method() == null) {
            throw new Refusal("financing.refused.method", java.util.Arrays.toString(Method.values()));
        }
        if (!(f.grantShare() >= 0 && f.grantShare() <= 1) || (f.method() == Method.EU_GRANT && !(f.grantShare() > 0))) {
            throw new Refusal("financing.refused.grant");
        }
        if (!(f.achieved() >= 0 && f.achieved() <= 2)) {
            throw new Refusal("financing.refused.performance");
        }
        switch (f.method()) {
            case SHARED_SAVINGS -> require(f.escoShare() >= 0 && f.escoShare() <= 1 && years(f.contractYears(), i), "financing.refused.shared", i);
            case GUARANTEED_SAVINGS -> require(f.guaranteedShare() >= 0 && f.guaranteedShare() <= 1.5 && f.annualFee() >= 0
                    && years(f.contractYears(), i), "financing.refused.guaranteed", i);
            case ON_BILL, THIRD_PARTY, CROWDFUNDING, GREEN_BOND -> require(f.financedShare() > 0 && f.financedShare() <= 1
                    && f.interestRate() >= 0 && f.interestRate() <= 1 && years(f.termYears(), i), "financing.refused.loan", i);
            case TAX_CREDIT -> require(f.creditRate() >= 0 && f.creditRate() <= 1.5 && years(f.creditYears(), i), "financing.refused.credit", i);
            default -> {
            }
        }
    }

    private static boolean years(int years, Investment i) {
        return years >= 1 && years <= i.years();
    }

    private static void require(boolean ok, String key, Investment i) {
        if (!ok) {
            throw new Refusal(key, i.years());
        }
    }
}
