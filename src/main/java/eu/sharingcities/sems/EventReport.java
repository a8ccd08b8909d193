package eu.sharingcities.sems;

import java.time.Instant;

/**
 * What a demand-response event delivered: the mean kW cut against its customer baseline over the
 * window, against the kW requested, and the rebound — the mean kW above the baseline in the hour
 * after the event (the heat the buildings make up). Null figures with {@code note} saying why
 * (no baseline: fewer than 5 comparable days measured before it; or the event has not ended).
 */
public record EventReport(String reference, Instant start, Instant end, double requestedKw, Double baselineKw, Double actualKw,
                          Double deliveredKw, Double deliveredPercentOfRequest, Double reboundKw, String note) {

    static final int REBOUND_INTERVALS = 4; // the hour after the event

    /**
     * @param baseline     the CBL of the window's intervals and the hour after it
     * @param actual       the measured load of the same intervals (NaN: not measured)
     * @param windowLength how many of those intervals are the event's own
     */
    static EventReport of(DemandResponse.Event event, double[] baseline, double[] actual, int windowLength) {
        double cbl = 0, load = 0, rebound = 0;
        int reboundCount = 0;
        for (int i = 0; i < windowLength; i++) {
            cbl += baseline[i];
            load += actual[i];
        }
        for (int i = windowLength; i < baseline.length && i < actual.length; i++) {
            if (!Double.isNaN(actual[i])) {
                rebound += actual[i] - baseline[i];
                reboundCount++;
            }
        }
        cbl /= windowLength;
        load /= windowLength;
        double delivered = cbl - load;
        return new EventReport(event.reference(), event.start(), event.end(), event.requestedKw(), cbl, load, delivered,
                100 * delivered / event.requestedKw(), reboundCount == 0 ? null : rebound / reboundCount,
                reboundCount == 0 ? "the hour after the event is not measured yet" : "");
    }

    static EventReport without(DemandResponse.Event event, String why) {
        return new EventReport(event.reference(), event.start(), event.end(), event.requestedKw(), null, null, null, null, null, why);
    }
}
