package eu.sharingcities.partners.financing;

/**
 * What a measure costs and saves: its capital cost (€), its first year's savings in money (€), energy
 * (kWh) and CO2 (kg) — a result's measured figures — how many years it lasts, the discount rate, and
 * how much energy prices rise a year (0.02: 2 %).
 */
public record Investment(double capex, double savingsEuro, double savingsKwh, double savingsKgCo2, int years, double discountRate,
                         double priceEscalation) {
}
