package eu.sharingcities.partners.financing;

import eu.sharingcities.partners.results.ResultFigure;

/**
 * A published result's measured saving appraised: the figure used (its value, 90 % interval, method
 * and date), the energy price and CO2 factor applied and where they come from, the investment they
 * make, and the appraisal at the measured saving and at the low end of its 90 % interval (null when
 * the method gives no interval).
 */
public record ResultAppraisal(long result, String title, ResultFigure saving, double eurPerKwh, double kgCo2PerKwh, String factorSource,
                              Investment investment, Appraisal expected, Appraisal atLowerBound) {
}
