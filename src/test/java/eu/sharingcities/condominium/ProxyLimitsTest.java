package eu.sharingcities.condominium;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static eu.sharingcities.condominium.VoteChoice.IN_FAVOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Art. 67 c. 1 disp. att. c.c.: "Se i condomini sono più di venti, il delegato non può
 * rappresentare più di un quinto dei condomini e del valore proporzionale"; c. 5: no proxy to the
 * administrator. Worked on a building of 25 owners with 40 millesimi each: a fifth is 5 owners
 * and 200 millesimi.
 */
class ProxyLimitsTest {

    private static List<Unit> owners(int count, double millesimiEach) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Unit(String.valueOf(i), "Owner " + i, millesimiEach)).toList();
    }

    private static Map<String, String> proxies(String delegate, int... units) {
        Map<String, String> proxies = new HashMap<>();
        for (int unit : units) {
            proxies.put(String.valueOf(unit), delegate);
        }
        return proxies;
    }

    @Test
    void aDelegateMayRepresentAFifthOfTwentyFiveOwnersButNotSix() {
        List<Unit> building = owners(25, 40);

        assertThat(ProxyLimits.breaches(building, proxies("Ferri", 1, 2, 3, 4, 5), "Studio Rossi")).isEmpty(); // 5 owners, 200 millesimi
        assertThat(ProxyLimits.breaches(building, proxies("Ferri", 1, 2, 3, 4, 5, 6), "Studio Rossi")).singleElement().asString()
                .contains("Ferri represents 6 of the 25 owners with 240.000 millesimi").contains("at most a fifth of the owners (5)")
                .contains("art. 67 c. 1 disp. att. c.c.");
    }

    @Test
    void aFifthOfTheValueBindsEvenWithFewOwnersRepresented() {
        // 21 owners: one of 300 millesimi, twenty of 35 — 1 owner of 300 is within a fifth of heads (1 ≤ 4.2), not of value
        List<Unit> building = new ArrayList<>(List.of(new Unit("big", "Grandi", 300)));
        IntStream.rangeClosed(1, 20).forEach(i -> building.add(new Unit(String.valueOf(i), "Owner " + i, 35)));

        assertThat(ProxyLimits.breaches(building, Map.of("big", "Ferri"), null)).singleElement().asString()
                .contains("1 of the 21 owners with 300.000 millesimi");
        assertThat(ProxyLimits.breaches(building, proxies("Ferri", 1, 2, 3, 4), null)).as("4 owners, 140 millesimi").isEmpty();
    }

    @Test
    void withTwentyOwnersOrFewerThereIsNoLimitButTheAdministratorNeverHoldsAProxy() {
        List<Unit> building = owners(20, 50);

        assertThat(ProxyLimits.breaches(building, proxies("Ferri", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), null)).isEmpty();
        assertThat(ProxyLimits.breaches(building, proxies(" studio  rossi ", 1), "Studio Rossi")).singleElement().asString()
                .contains("administrator Studio Rossi may hold no proxy (art. 67 c. 5");
    }

    @Test
    void theCountRefusesARecordThatBreaksTheLimitsAndCountsRepresentedOwnersAsPresent() {
        List<Unit> building = owners(25, 40);
        Map<String, VoteChoice> votes = new HashMap<>();
        IntStream.rangeClosed(1, 13).forEach(i -> votes.put(String.valueOf(i), IN_FAVOUR));

        AssemblyCount lawful = AssemblyCount.of(building, new Ballot(votes.keySet(), votes, proxies("Ferri", 1, 2, 3, 4, 5)), "Studio Rossi",
                MajorityRule.ORDINARY, Convocation.SECOND);
        assertThat(lawful.presentOwners()).isEqualTo(13);
        assertThat(lawful.millesimiInFavour()).isEqualTo(520);
        assertThat(lawful.approved()).isTrue();

        assertThatThrownBy(() -> AssemblyCount.of(building, new Ballot(votes.keySet(), votes, proxies("Ferri", 1, 2, 3, 4, 5, 6)), "Studio Rossi",
                MajorityRule.ORDINARY, Convocation.SECOND)).hasMessageContaining("Ferri represents 6 of the 25 owners");
    }
}
