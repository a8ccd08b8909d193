package eu.sharingcities.condominium;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live count of an assembly: whether it is validly constituted (art. 1136 c. 1 and 3 c.c.)
 * and whether an option passes under a majority rule, by heads and by millesimi. Heads are owners,
 * not units: an owner of two flats is one head, with the millesimi of both, present and voting for
 * both once either is recorded. Present owners who abstain or do not vote count as present (the
 * majority is of those present), never in favour; a tie is not a majority.
 */
public record AssemblyCount(int owners, int presentOwners, double presentMillesimi, int ownersInFavour, double millesimiInFavour,
                            int ownersAgainst, double millesimiAgainst, boolean constituted, boolean approved, List<Message> reasons) {

    private static final double EPSILON = 1e-9;

    /** Counts units that are all present in person, each with its vote (present but not voting: ABSTAIN). */
    public static AssemblyCount of(List<Unit> units, Map<String, VoteChoice> votesOfPresent, MajorityRule rule, Convocation convocation) {
        return of(units, Ballot.inPerson(votesOfPresent), null, rule, convocation);
    }

    /**
     * @param units         every unit of the condominium (millesimi adding up to 1,000)
     * @param ballot        attendance, votes and proxies as recorded, by unit id
     * @param administrator the condominium's administrator, who may hold no proxy (null: not checked)
     * @throws IllegalArgumentException when the record cannot be counted: the millesimi do not add
     *                                  up, an owner votes two ways, a proxy breaks art. 67 disp. att.
     */
    public static AssemblyCount of(List<Unit> units, Ballot ballot, String administrator, MajorityRule rule, Convocation convocation) {
        double total = units.stream().mapToDouble(Unit::millesimi).sum();
        if (Math.abs(total - 1000) > 0.001) {
            throw new Refusal("assembly.refused.millesimi", total);
        }
        Set<String> known = units.stream().map(Unit::id).collect(Collectors.toSet());
        for (Set<String> ids : List.of(ballot.present(), ballot.votes().keySet(), ballot.delegates().keySet())) {
            ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
                throw new Refusal("assembly.refused.unit", id);
            });
        }
        List<Message> breaches = ProxyLimits.breaches(units, ballot.delegates(), administrator);
        if (!breaches.isEmpty()) {
            throw new Refusal("text.asIs", breaches);
        }
        Map<String, List<Unit>> byOwner = units.stream().collect(Collectors.groupingBy(Unit::owner, LinkedHashMap::new, Collectors.toList()));
        int presentOwners = 0, inFavour = 0, opposed = 0;
        double present = 0, favour = 0, against = 0;
        for (Map.Entry<String, List<Unit>> owner : byOwner.entrySet()) {
            List<Unit> own = owner.getValue();
            if (own.stream().noneMatch(u -> ballot.present().contains(u.id()) || ballot.votes().containsKey(u.id()))) {
                continue;
            }
            VoteChoice vote = voteOf(owner.getKey(), own, ballot);
            double millesimi = own.stream().mapToDouble(Unit::millesimi).sum();
            presentOwners++;
            present += millesimi;
            if (vote == VoteChoice.IN_FAVOUR) {
                inFavour++;
                favour += millesimi;
            } else if (vote == VoteChoice.AGAINST) {
                opposed++;
                against += millesimi;
            }
        }
        List<Message> reasons = new ArrayList<>();
        boolean constituted = constituted(byOwner.size(), presentOwners, present, convocation, reasons);
        double required = rule.requiredMillesimi(convocation);
        boolean headsMajority = 2 * inFavour > presentOwners;
        boolean valueMajority = favour + EPSILON >= required;
        if (!headsMajority) {
            reasons.add(Message.of("assembly.heads", inFavour, presentOwners, rule.legalBasis()));
        }
        if (!valueMajority) {
            // millesimi are kept to three decimals: say the least such figure that meets the share (a third: 333.334)
            reasons.add(Message.of("assembly.value", favour, Math.ceil(required * 1000 - EPSILON) / 1000, rule.legalBasis()));
        }
        return new AssemblyCount(byOwner.size(), presentOwners, present, inFavour, favour, opposed, against, constituted,
                constituted && headsMajority && valueMajority, List.copyOf(reasons));
    }

    /** The one vote an owner casts for all their units; none recorded is an abstention. */
    private static VoteChoice voteOf(String owner, List<Unit> own, Ballot ballot) {
        List<VoteChoice> cast = own.stream().map(u -> ballot.votes().get(u.id())).filter(v -> v != null).distinct().toList();
        if (cast.size() > 1) {
            throw new Refusal("assembly.refused.twoWays", owner, cast.get(0), cast.get(1));

        }
        return cast.isEmpty() ? VoteChoice.ABSTAIN : cast.get(0);
    }

    /** Art. 1136 c. 1 (first call: a majority of owners and two thirds of the value) and c. 3 (second call: a third of each). */
    private static boolean constituted(int owners, int presentOwners, double presentMillesimi, Convocation convocation, List<Message> reasons) {
        boolean heads = convocation == Convocation.FIRST ? 2 * presentOwners > owners : 3 * presentOwners >= owners;
        double requiredValue = convocation == Convocation.FIRST ? 2000.0 / 3 : 1000.0 / 3;
        boolean value = presentMillesimi + EPSILON >= requiredValue;
        if (!heads || !value) {
            reasons.add(Message.of(convocation == Convocation.FIRST ? "assembly.constituted.first" : "assembly.constituted.second",
                    presentOwners, owners, presentMillesimi, requiredValue));
        }
        return heads && value;
    }
}
