package eu.sharingcities.partners.financing;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.EnergyFactor;
import eu.sharingcities.buildings.EnergyFactors;
import eu.sharingcities.partners.results.PartnerResult;
import eu.sharingcities.partners.results.PartnerResults;
import eu.sharingcities.partners.results.ResultFigure;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;

/**
 * The calculator fed by a result's measured saving, never retyped: the first figure the platform
 * measures in per cent (a building's M&V savings, the district's SEMS savings, a lighting group's)
 * applied to the reader's yearly consumption before the measure, priced and converted to CO2 with
 * the result's city's latest factors for the carrier (or the reader's own), the capex the result
 * states (or the reader's own). Appraised as measured and at the low end of its 90 % interval.
 */
@ApplicationScoped
public class ResultFinancing {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerResults results;

    @Inject
    EnergyFactors factors;

    /** What the reader brings: their consumption, the carrier (or their own price and factor), the capex if not the result's, the terms. */
    public record Question(double baselineKwh, Carrier carrier, Double eurPerKwh, Double kgCo2PerKwh, Double capex, int years, double discountRate,
                           double priceEscalation, Financing financing) {
    }

    public ResultAppraisal appraise(long id, Question q) {
        currentUser.require();
        PartnerResult r = results.view(id);
        if (r.published() == null) {
            throw new Refusal("financing.refused.unpublished", id);
        }
        ResultFigure saving = r.figures().stream().filter(f -> f.measured() && "%".equals(f.unit()) && f.value() != null).findFirst()
                .orElseThrow(() -> new Refusal("financing.refused.noMeasuredSaving", id, r.published().title()));
        Double capex = q.capex() != null ? q.capex() : r.published().costEur();
        if (capex == null) {
            throw new Refusal("financing.refused.capex", r.published().title());
        }
        if (!(q.baselineKwh() > 0)) {
            throw new Refusal("financing.refused.baseline");
        }
        EnergyFactor factor = q.eurPerKwh() != null && q.kgCo2PerKwh() != null ? null : cityFactor(r.published().city(), q.carrier());
        double eur = q.eurPerKwh() != null ? q.eurPerKwh() : factor.eurPerKwh();
        double kg = q.kgCo2PerKwh() != null ? q.kgCo2PerKwh() : factor.kgCo2PerKwh();
        Financing financing = q.financing() == null ? Financing.selfFinanced() : q.financing();
        Investment expected = investment(q, capex, saving.value(), eur, kg);
        Investment low = saving.uncertainty90() == null ? null : investment(q, capex, Math.max(0, saving.value() - saving.uncertainty90()), eur, kg);
        return new ResultAppraisal(id, r.published().title(), saving, eur, kg, factor == null ? "given" : factor.source() + " (" + factor.year() + ")",
                expected, FinancingCalculator.appraise(expected, financing), low == null ? null : FinancingCalculator.appraise(low, financing));
    }

    private static Investment investment(Question q, double capex, double savedPercent, double eurPerKwh, double kgPerKwh) {
        double kwh = q.baselineKwh() * savedPercent / 100;
        return new Investment(capex, kwh * eurPerKwh, kwh, kwh * kgPerKwh, q.years(), q.discountRate(), q.priceEscalation());
    }

    /** The latest factor of the carrier in the result's city, read as the platform: a published result's city prices its saving. */
    private EnergyFactor cityFactor(String city, Carrier carrier) {
        if (carrier == null) {
            throw new Refusal("financing.refused.carrier", java.util.Arrays.toString(Carrier.values()));
        }
        return CurrentUser.runAsSystem(() -> factors.ofCity(city)).stream().filter(f -> f.carrier() == carrier)
                .max(Comparator.comparingInt(EnergyFactor::year))
                .orElseThrow(() -> new Refusal("financing.refused.noFactor", city, carrier.name()));
    }
}
