package eu.sharingcities.partners.results;

/**
 * The business model behind a result, as a canvas (Osterwalder's, reduced to what partners
 * exchanged at the trade show): what value it offers to which customers, through which channels,
 * what it earns and costs, and with which key partners.
 */
public record BusinessModel(String valueProposition, String customers, String channels, String revenue, String costs, String keyPartners) {
}
