package eu.sharingcities.sems;

import eu.sharingcities.text.Message;

import java.util.Map;

/**
 * What one strategy wants this cycle: its status, setpoints it sets outright (by building code),
 * offsets it adds to them, and why, in words for the cycle log. {@code unoccupied} lists buildings
 * that may leave their comfort band (set back, nobody in).
 */
public record Proposal(String status, Map<String, Double> setpoints, Map<String, Double> offsets, java.util.Set<String> unoccupied,
                       Message explanation) {

    public static Proposal idle(String status, Message explanation) {
        return new Proposal(status, Map.of(), Map.of(), java.util.Set.of(), explanation);
    }
}
