package eu.sharingcities.condominium;

import java.math.BigDecimal;

/** A package of measures put to the owners, with its cost, the audit's expected savings, incentives, financing and payback. */
public record RetrofitOption(long id, String name, String measures, BigDecimal costEur, double expectedSavingsPercent, BigDecimal incentivesEur,
                             String financing, BigDecimal annualSavingEur) {

    /** Simple payback in years of the owners' share (cost less incentives) from the yearly saving. */
    public double paybackYears() {
        double net = costEur.subtract(incentivesEur).doubleValue();
        return annualSavingEur.signum() == 0 ? Double.POSITIVE_INFINITY : Math.max(0, net) / annualSavingEur.doubleValue();
    }
}
