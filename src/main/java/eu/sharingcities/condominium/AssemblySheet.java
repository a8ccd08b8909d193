package eu.sharingcities.condominium;

import eu.sharingcities.text.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assembly as its form shows it: the units, each unit's current attendance (with the delegate
 * holding its proxy, if any) and votes (the newest entry counts), and the live count per option
 * under the assembly's rule and call.
 */
public record AssemblySheet(long id, long condominiumId, String condominiumName, String administrator, LocalDate heldOn, Convocation convocation,
                            MajorityRule rule, Instant minutesClosedAt, List<UnitRow> units, List<RetrofitOption> options,
                            Map<Long, Boolean> presence, Map<Long, String> delegates, Map<Long, Map<Long, VoteChoice>> votes,
                            Map<Long, CountOrProblem> counts) {

    /** A unit of the condominium; {@code id} is its database id. */
    public record UnitRow(long id, String label, String owner, double millesimi) {
    }

    /** The count of one option, or why it cannot be counted (e.g. one owner voting two ways). */
    public record CountOrProblem(Optional<AssemblyCount> count, Message problem) {

    }

    AssemblySheet withCounts(Map<Long, CountOrProblem> counts) {
        return new AssemblySheet(id, condominiumId, condominiumName, administrator, heldOn, convocation, rule, minutesClosedAt, units, options,
                presence, delegates, votes, counts);
    }

    public boolean closed() {
        return minutesClosedAt != null;
    }

    /** Is the unit's owner present: an owner attends, in person or by proxy, for all their units once one is marked present. */
    public boolean present(long unitId) {
        String owner = ownerOf(unitId);
        return units.stream().anyMatch(u -> u.owner().equals(owner) && Boolean.TRUE.equals(presence.get(u.id())));
    }

    String ownerOf(long unitId) {
        return units.stream().filter(u -> u.id() == unitId).map(UnitRow::owner).findFirst().orElse(null);
    }

    List<Unit> countUnits() {
        return units.stream().map(u -> new Unit(String.valueOf(u.id()), u.owner(), u.millesimi())).toList();
    }

    /** What the minutes hold for one option, as the count takes it; {@code optionId} null: attendance and proxies only. */
    Ballot ballot(Long optionId) {
        Set<String> present = new HashSet<>();
        presence.forEach((unit, here) -> {
            if (here) {
                present.add(String.valueOf(unit));
            }
        });
        Map<String, VoteChoice> cast = new HashMap<>();
        if (optionId != null) {
            votes.getOrDefault(optionId, Map.of()).forEach((unit, vote) -> {
                if (present(unit)) { // a vote left from before its owner was marked absent does not count
                    cast.put(String.valueOf(unit), vote);
                }
            });
        }
        Map<String, String> proxies = new HashMap<>();
        delegates.forEach((unit, delegate) -> {
            if (Boolean.TRUE.equals(presence.get(unit))) {
                proxies.put(String.valueOf(unit), delegate);
            }
        });
        return new Ballot(present, cast, proxies);
    }
}
