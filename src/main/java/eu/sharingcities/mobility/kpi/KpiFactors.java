package eu.sharingcities.mobility.kpi;

/**
 * The figures behind the KPIs that are not measured (docs/mobility.md, "KPIs"), each the city's to
 * set: a station gaining or losing {@code rebalancingBikes} or more between two readings is the
 * operator's van, not riders; {@code tripKm} is the length of a trip whose operator gives none;
 * {@code carShare} the share of trips that replace a car trip; {@code carKgCo2PerKm} a car's
 * emissions; {@code ebikeKwhPerKm} an e-bike's charging; {@code gridKgCo2PerKwh} the city's
 * electricity factor (its energy factors, null: none known, nothing subtracted).
 */
public record KpiFactors(int rebalancingBikes, double tripKm, double carShare, double carKgCo2PerKm, double ebikeKwhPerKm,
                         Double gridKgCo2PerKwh) {
}
