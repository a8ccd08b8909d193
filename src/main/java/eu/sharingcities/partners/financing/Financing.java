package eu.sharingcities.partners.financing;

/**
 * How an investment is paid for (issue 18), and what the calculator does with each (docs/partners.md,
 * "Financing"). Fields a method does not use are 0; {@code grantShare} (an EU grant's share of the
 * capex) and {@code performance} (the share of the expected savings achieved, 1 when null) apply to all.
 * <ul>
 * <li>{@code SELF_FINANCED}: the owner pays the capex and keeps the savings;</li>
 * <li>{@code SHARED_SAVINGS}: an energy performance contract where the ESCo pays the capex and takes
 * {@code escoShare} of the savings for {@code contractYears} (EU Energy Efficiency Directive
 * 2012/27/EU, art. 2(27) and Annex XIII);</li>
 * <li>{@code GUARANTEED_SAVINGS}: an energy performance contract where the owner pays, the ESCo is
 * paid {@code annualFee} a year for {@code contractYears} and makes up any shortfall below
 * {@code guaranteedShare} of the expected savings (same article and annex);</li>
 * <li>{@code ON_BILL}, {@code THIRD_PARTY}, {@code CROWDFUNDING}: {@code financedShare} of the capex
 * lent at {@code interestRate} and repaid in {@code termYears} equal yearly instalments (an annuity) —
 * through the energy bill by the utility, to a third party (2012/27/EU art. 2(28)), or to citizen
 * investors (Regulation (EU) 2020/1503);</li>
 * <li>{@code GREEN_BOND}: {@code financedShare} of the capex raised by a bond paying the coupon
 * {@code interestRate} yearly and its principal at maturity in {@code termYears} (ICMA Green Bond
 * Principles, use of proceeds);</li>
 * <li>{@code EU_GRANT}: a grant pays {@code grantShare} of the capex, the owner the rest;</li>
 * <li>{@code TAX_CREDIT}: the owner pays and recovers {@code creditRate} of the capex as a tax
 * deduction in {@code creditYears} equal yearly instalments — Italy's Ecobonus, 65 % over 10 years
 * (D.L. 63/2013, art. 14), or Superbonus, 110 % over 5 years (D.L. 34/2020, art. 119).</li>
 * </ul>
 */
public record Financing(Method method, double escoShare, int contractYears, double creditRate, int creditYears, double financedShare,
                        double interestRate, int termYears, double grantShare, double guaranteedShare, double annualFee, Double performance) {

    public enum Method {
        SELF_FINANCED, SHARED_SAVINGS, GUARANTEED_SAVINGS, ON_BILL, THIRD_PARTY, CROWDFUNDING, GREEN_BOND, EU_GRANT, TAX_CREDIT;

        /** Who puts money in beside the owner and expects it back: null for none. */
        String financier() {
            return switch (this) {
                case SHARED_SAVINGS, GUARANTEED_SAVINGS -> "esco";
                case ON_BILL -> "utility";
                case THIRD_PARTY -> "third-party";
                case CROWDFUNDING -> "crowd";
                case GREEN_BOND -> "bondholders";
                default -> null;
            };
        }

        boolean lends() {
            return this == ON_BILL || this == THIRD_PARTY || this == CROWDFUNDING || this == GREEN_BOND;
        }
    }

    public static Financing selfFinanced() {
        return new Financing(Method.SELF_FINANCED, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    public static Financing sharedSavings(double escoShare, int contractYears) {
        return new Financing(Method.SHARED_SAVINGS, escoShare, contractYears, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    public static Financing guaranteedSavings(double guaranteedShare, double annualFee, int contractYears, double performance) {
        return new Financing(Method.GUARANTEED_SAVINGS, 0, contractYears, 0, 0, 0, 0, 0, 0, guaranteedShare, annualFee, performance);
    }

    /** A loan or bond: {@code method} one of ON_BILL, THIRD_PARTY, CROWDFUNDING, GREEN_BOND. */
    public static Financing borrowed(Method method, double financedShare, double interestRate, int termYears) {
        return new Financing(method, 0, 0, 0, 0, financedShare, interestRate, termYears, 0, 0, 0, null);
    }

    public static Financing euGrant(double grantShare) {
        return new Financing(Method.EU_GRANT, 0, 0, 0, 0, 0, 0, 0, grantShare, 0, 0, null);
    }

    public static Financing taxCredit(double creditRate, int creditYears) {
        return new Financing(Method.TAX_CREDIT, 0, 0, creditRate, creditYears, 0, 0, 0, 0, 0, 0, null);
    }

    /** The share of the expected savings achieved: 1 unless a stress case says otherwise. */
    public double achieved() {
        return performance == null ? 1 : performance;
    }
}
