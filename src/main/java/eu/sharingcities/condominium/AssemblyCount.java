package eu.sharingcities.condominium;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live count of an assembly: whether it is validly constituted (art. 1136 c. 1 and 3 c.c.)
 * and whether an option passes under a majority rule, by heads and by millesimi. Heads are owners,
 * not units: an owner of two flats is one head, with the millesimi of both. Present owners who
 * abstain count as present (the majority is of those present), never in favour; a tie is not a
 * majority.
 */
public record AssemblyCount(int owners, int presentOwners, double presentMillesimi, int ownersInFavour, double millesimiInFavour,
                            int ownersAgainst, double millesimiAgainst, boolean constituted, boolean approved, List<String> reasons) {

    private static final double EPSILON = 1e-9;

    /**
     * @param units           every unit of the condominium (millesimi adding up to 1,000)
     * @param votesOfPresent  the vote of every unit present, by unit id (present but not voting: ABSTAIN)
     */
    public static AssemblyCount of(List<Unit> units, Map<String, VoteChoice> votesOfPresent, MajorityRule rule, Convocation convocation) {
        double total = units.stream().mapToDouble(Unit::millesimi).sum();
        if (Math.abs(total - 1000) > 0.001) {
            throw new IllegalArgumentException(String.format("the units' millesimi add up to %.3f, not 1,000: correct the table of millesimi first",
                    total));
        }
        Map<String, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<String> owners = new HashSet<>();
        units.forEach(u -> owners.add(u.owner()));
        Map<String, VoteChoice> ownerVotes = new HashMap<>();
        double present = 0, favour = 0, against = 0;
        for (Map.Entry<String, VoteChoice> vote : votesOfPresent.entrySet()) {
            Unit unit = byId.get(vote.getKey());
            if (unit == null) {
                throw new IllegalArgumentException("unit " + vote.getKey() + " is not one of this condominium's units");
            }
            VoteChoice earlier = ownerVotes.putIfAbsent(unit.owner(), vote.getValue());
            if (earlier != null && earlier != vote.getValue()) {
                throw new IllegalArgumentException(unit.owner() + " votes once for all their units, not " + earlier + " and " + vote.getValue());
            }
            present += unit.millesimi();
            favour += vote.getValue() == VoteChoice.IN_FAVOUR ? unit.millesimi() : 0;
            against += vote.getValue() == VoteChoice.AGAINST ? unit.millesimi() : 0;
        }
        int presentOwners = ownerVotes.size();
        int inFavour = (int) ownerVotes.values().stream().filter(v -> v == VoteChoice.IN_FAVOUR).count();
        int opposed = (int) ownerVotes.values().stream().filter(v -> v == VoteChoice.AGAINST).count();

        List<String> reasons = new java.util.ArrayList<>();
        boolean constituted = constituted(owners.size(), presentOwners, present, convocation, reasons);
        double required = rule.requiredMillesimi(convocation);
        boolean headsMajority = 2 * inFavour > presentOwners;
        boolean valueMajority = favour + EPSILON >= required;
        if (!headsMajority) {
            reasons.add(String.format("%d of the %d owners present are in favour: more than half are needed (%s)", inFavour, presentOwners,
                    rule.legalBasis()));
        }
        if (!valueMajority) {
            reasons.add(String.format("%.2f millesimi in favour: at least %.2f are needed (%s)", favour, required, rule.legalBasis()));
        }
        return new AssemblyCount(owners.size(), presentOwners, present, inFavour, favour, opposed, against, constituted,
                constituted && headsMajority && valueMajority, List.copyOf(reasons));
    }

    /** Art. 1136 c. 1 (first call: a majority of owners and two thirds of the value) and c. 3 (second call: a third of each). */
    private static boolean constituted(int owners, int presentOwners, double presentMillesimi, Convocation convocation, List<String> reasons) {
        boolean heads = convocation == Convocation.FIRST ? 2 * presentOwners > owners : 3 * presentOwners >= owners;
        double requiredValue = convocation == Convocation.FIRST ? 2000.0 / 3 : 1000.0 / 3;
        boolean value = presentMillesimi + EPSILON >= requiredValue;
        if (!heads || !value) {
            reasons.add(String.format("the assembly is not validly constituted in %s call: %d of %d owners with %.2f millesimi are present; "
                            + "%s and %.2f millesimi are needed (art. 1136 c. %s c.c.)", convocation == Convocation.FIRST ? "first" : "second",
                    presentOwners, owners, presentMillesimi, convocation == Convocation.FIRST ? "more than half of the owners" : "a third of the owners",
                    requiredValue, convocation == Convocation.FIRST ? "1" : "3"));
        }
        return heads && value;
    }
}
