package eu.sharingcities.partners.financing;

import java.util.List;

/**
 * What an investment comes to under a financing method, for the owner and (shared savings) the
 * ESCo: each party's yearly cash flows from year 0, NPV at the discount rate and IRR (null: none),
 * the simple payback of the capex from the first year's savings (null: never), and the energy and
 * CO2 saved over the measure's life.
 */
public record Appraisal(Double simplePaybackYears, List<Double> ownerFlows, double ownerNpv, Double ownerIrr, List<Double> escoFlows, Double escoNpv,
                        Double escoIrr, double lifetimeKwh, double lifetimeTonnesCo2) {
}
