package eu.sharingcities.buildings.mv;

import eu.sharingcities.text.Message;

import java.util.List;

/**
 * What Option C measured for a meter: the baseline model and the data's frequency (daily or
 * billing), the reporting period's adjusted baseline (what it would have used) against what it
 * used, the avoided energy with its 90 % uncertainty (Guideline 14 Annex B, autocorrelation-
 * corrected, CalTRACK 4.3.2.4), the baseline's normalised annual consumption on the weather named
 * by {@code normalYearBasis}, and where the model misses Guideline 14's criteria.
 */
public record SavingsReport(BaselineModel model, CalTrackSettings.Frequency frequency, double adjustedBaselineKwh, double reportingKwh,
                            double avoidedKwh, double savingsPercent, double fractionalUncertainty90, double avoidedUncertaintyKwh90,
                            double fractionalUncertainty68, double normalisedAnnualKwh, String normalYearBasis, List<Message> guideline14Misses,
                            List<Message> warnings) {

    public boolean meetsGuideline14() {
        return guideline14Misses.isEmpty();
    }
}
