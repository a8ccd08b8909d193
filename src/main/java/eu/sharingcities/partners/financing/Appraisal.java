package eu.sharingcities.partners.financing;

import java.util.List;

/**
 * What an investment comes to under a financing method, for the owner and the financier beside
 * them (the ESCo, the utility, a third party, crowd investors, bondholders; null fields where there
 * is none): each party's yearly cash flows from year 0, NPV at the discount rate and IRR (null: none),
 * the yearly instalment of a loan or coupon of a bond, the simple payback of the capex from the first
 * year's savings (null: never), and the energy and CO2 saved over the measure's life.
 */
public record Appraisal(Double simplePaybackYears, List<Double> ownerFlows, double ownerNpv, Double ownerIrr, String financier,
                        List<Double> financierFlows, Double financierNpv, Double financierIrr, Double instalment, double lifetimeKwh,
                        double lifetimeTonnesCo2) {
}
