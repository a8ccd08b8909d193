package eu.sharingcities.condominium;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assembly as its form shows it: the units, each unit's current attendance and votes (the
 * newest entry counts), and the live count per option under the assembly's rule and call.
 */
public record AssemblySheet(long id, long condominiumId, String condominiumName, LocalDate heldOn, Convocation convocation, MajorityRule rule,
                            Instant minutesClosedAt, List<UnitRow> units, List<RetrofitOption> options, Map<Long, Boolean> presence,
                            Map<Long, Map<Long, VoteChoice>> votes, Map<Long, CountOrProblem> counts) {

    /** A unit of the condominium; {@code id} is its database id. */
    public record UnitRow(long id, String label, String owner, double millesimi) {
    }

    /** The count of one option, or why it cannot be counted (e.g. one owner voting two ways). */
    public record CountOrProblem(Optional<AssemblyCount> count, String problem) {
    }

    public boolean closed() {
        return minutesClosedAt != null;
    }

    public boolean present(long unitId) {
        return Boolean.TRUE.equals(presence.get(unitId));
    }
}
