package eu.sharingcities.condominium;

import java.util.Map;
import java.util.Set;

/**
 * What the minutes hold of the owners, by unit id: the units marked present (in person or by
 * proxy), the votes recorded for units, and who holds the proxy of a unit represented by a
 * delegate. An owner of several units is present, and votes, for all of them once one of their
 * units is recorded: the other rows need not be filled.
 */
public record Ballot(Set<String> present, Map<String, VoteChoice> votes, Map<String, String> delegates) {

    public Ballot {
        present = Set.copyOf(present);
        votes = Map.copyOf(votes);
        delegates = Map.copyOf(delegates);
    }

    /** Every unit voting is present in person. */
    public static Ballot inPerson(Map<String, VoteChoice> votesOfPresent) {
        return new Ballot(votesOfPresent.keySet(), votesOfPresent, Map.of());
    }
}
