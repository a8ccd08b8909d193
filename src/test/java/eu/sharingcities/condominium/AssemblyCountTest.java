package eu.sharingcities.condominium;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.sharingcities.condominium.VoteChoice.ABSTAIN;
import static eu.sharingcities.condominium.VoteChoice.AGAINST;
import static eu.sharingcities.condominium.VoteChoice.IN_FAVOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples on one building: five owners, six flats; Bianchi owns flats 2 and 3.
 * Rossi 250, Bianchi 200 + 100, Conti 150, De Luca 150, Esposito 150 millesimi.
 */
class AssemblyCountTest {

    private static final List<Unit> UNITS = List.of(
            new Unit("1", "Rossi", 250), new Unit("2", "Bianchi", 200), new Unit("3", "Bianchi", 100),
            new Unit("4", "Conti", 150), new Unit("5", "De Luca", 150), new Unit("6", "Esposito", 150));

    @Test
    void firstCallOrdinaryBusinessPassesWithAMajorityPresentAndHalfTheValue() {
        // present: Rossi, Bianchi, Conti — 3 of 5 owners, 700 millesimi ≥ 666.67: constituted
        AssemblyCount count = AssemblyCount.of(UNITS, Map.of("1", IN_FAVOUR, "2", IN_FAVOUR, "3", IN_FAVOUR, "4", AGAINST),
                MajorityRule.ORDINARY, Convocation.FIRST);

        assertThat(count.constituted()).isTrue();
        assertThat(count.presentOwners()).as("Bianchi is one head for two flats").isEqualTo(3);
        assertThat(count.presentMillesimi()).isCloseTo(700, within(1e-9));
        assertThat(count.ownersInFavour()).isEqualTo(2);
        assertThat(count.millesimiInFavour()).isCloseTo(550, within(1e-9));
        assertThat(count.approved()).isTrue();
        assertThat(count.reasons()).isEmpty();
    }

    @Test
    void aFirstCallWithoutTwoThirdsOfTheValueIsNotConstitutedButTheSecondCallIs() {
        Map<String, VoteChoice> votes = Map.of("1", IN_FAVOUR, "4", IN_FAVOUR, "5", AGAINST); // Rossi, Conti, De Luca: 550 millesimi

        AssemblyCount first = AssemblyCount.of(UNITS, votes, MajorityRule.ORDINARY, Convocation.FIRST);
        assertThat(first.constituted()).isFalse();
        assertThat(first.approved()).isFalse();
        assertThat(first.reasons()).anySatisfy(r -> assertThat(r).contains("not validly constituted in first call").contains("666.67")
                .contains("art. 1136 c. 1"));

        // second call: a third of the owners (3 ≥ 5/3) and a third of the value; 400 millesimi in favour ≥ 333.33
        AssemblyCount second = AssemblyCount.of(UNITS, votes, MajorityRule.ORDINARY, Convocation.SECOND);
        assertThat(second.constituted()).isTrue();
        assertThat(second.approved()).isTrue();
    }

    @Test
    void extraordinaryWorksNeedHalfTheValueEvenInSecondCall() {
        AssemblyCount count = AssemblyCount.of(UNITS, Map.of("1", IN_FAVOUR, "4", IN_FAVOUR, "5", AGAINST),
                MajorityRule.EXTRAORDINARY_WORKS, Convocation.SECOND);

        assertThat(count.constituted()).isTrue();
        assertThat(count.approved()).isFalse();
        assertThat(count.reasons()).singleElement().asString().contains("400.00 millesimi in favour").contains("500.00").contains("art. 1136 c. 4");
    }

    @Test
    void aTieOfHeadsIsNotAMajorityEvenWithEnoughValue() {
        // Rossi and Bianchi for (550 millesimi), Conti and De Luca against: 2 of 4 heads
        AssemblyCount count = AssemblyCount.of(UNITS, Map.of("1", IN_FAVOUR, "2", IN_FAVOUR, "3", IN_FAVOUR, "4", AGAINST, "5", AGAINST),
                MajorityRule.ENERGY_EFFICIENCY, Convocation.FIRST);

        assertThat(count.constituted()).isTrue();
        assertThat(count.millesimiInFavour()).isCloseTo(550, within(1e-9));
        assertThat(count.approved()).isFalse();
        assertThat(count.reasons()).singleElement().asString().contains("2 of the 4 owners present");
    }

    @Test
    void anAbstainingOwnerIsPresentButNotInFavour() {
        // Rossi and Conti for (400), Bianchi abstains (300): 2 of 3 heads, but 400 < 500 for energy works
        Map<String, VoteChoice> votes = Map.of("1", IN_FAVOUR, "2", ABSTAIN, "3", ABSTAIN, "4", IN_FAVOUR);

        AssemblyCount energy = AssemblyCount.of(UNITS, votes, MajorityRule.ENERGY_EFFICIENCY, Convocation.FIRST);
        assertThat(energy.presentMillesimi()).isCloseTo(700, within(1e-9));
        assertThat(energy.approved()).isFalse();

        // the Superbonus rule asks a third of the value: the same votes pass
        assertThat(AssemblyCount.of(UNITS, votes, MajorityRule.SUPERBONUS, Convocation.FIRST).approved()).isTrue();
    }

    @Test
    void anOwnerVotesOnceAndTheMillesimiMustAddUpToOneThousand() {
        assertThatThrownBy(() -> AssemblyCount.of(UNITS, Map.of("2", IN_FAVOUR, "3", AGAINST), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("Bianchi votes once for all their units");
        assertThatThrownBy(() -> AssemblyCount.of(UNITS.subList(0, 5), Map.of(), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("add up to 850.000, not 1,000");
        assertThatThrownBy(() -> AssemblyCount.of(UNITS, Map.of("9", IN_FAVOUR), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("unit 9 is not one of this condominium's units");
    }
}
