package eu.sharingcities.partners.financing;

/**
 * How an investment is paid for (issue 18), and what the calculator does with each:
 * <ul>
 * <li>{@code SELF_FINANCED}: the owner pays the capex and keeps the savings;</li>
 * <li>{@code SHARED_SAVINGS}: an energy performance contract where the ESCo pays the capex and takes
 * {@code escoShare} of the savings for {@code contractYears}, the owner the rest and, after the
 * contract, all (EU Energy Efficiency Directive 2012/27/EU, art. 2(27) and Annex XIII);</li>
 * <li>{@code TAX_CREDIT}: the owner pays and recovers {@code creditRate} of the capex as a tax
 * deduction in {@code creditYears} equal yearly instalments — Italy's Ecobonus, 65 % over 10 years
 * (D.L. 63/2013, art. 14), or Superbonus, 110 % over 5 years (D.L. 34/2020, art. 119).</li>
 * </ul>
 */
public record Financing(Method method, double escoShare, int contractYears, double creditRate, int creditYears) {

    public enum Method {
        SELF_FINANCED, SHARED_SAVINGS, TAX_CREDIT
    }

    public static Financing selfFinanced() {
        return new Financing(Method.SELF_FINANCED, 0, 0, 0, 0);
    }

    public static Financing sharedSavings(double escoShare, int contractYears) {
        return new Financing(Method.SHARED_SAVINGS, escoShare, contractYears, 0, 0);
    }

    public static Financing taxCredit(double creditRate, int creditYears) {
        return new Financing(Method.TAX_CREDIT, 0, 0, creditRate, creditYears);
    }
}
