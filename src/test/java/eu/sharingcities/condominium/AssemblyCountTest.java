package eu.sharingcities.condominium;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
        assertThat(first.reasons()).anySatisfy(r -> assertThat(r.english()).contains("not validly constituted in first call").contains("666.67")
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
        assertThat(count.reasons()).singleElement().asString().contains("400.000 millesimi in favour").contains("500.000").contains("art. 1136 c. 4");
    }

    @Test
    void aTieOfHeadsIsNotAMajorityEvenWithEnoughValue() {
        // Rossi and Bianchi for (550 millesimi), Conti and De Luca against: 2 of 4 heads
        AssemblyCount count = AssemblyCount.of(UNITS, Map.of("1", IN_FAVOUR, "2", IN_FAVOUR, "3", IN_FAVOUR, "4", AGAINST, "5", AGAINST),
                MajorityRule.ENERGY_INNOVATION, Convocation.FIRST);

        assertThat(count.constituted()).isTrue();
        assertThat(count.millesimiInFavour()).isCloseTo(550, within(1e-9));
        assertThat(count.approved()).isFalse();
        assertThat(count.reasons()).singleElement().asString().contains("2 of the 4 owners present");
    }

    @Test
    void anAbstainingOwnerIsPresentButNotInFavour() {
        // Rossi and Conti for (400), Bianchi abstains (300): 2 of 3 heads; 400 < 500 for works that need half the value
        Map<String, VoteChoice> votes = Map.of("1", IN_FAVOUR, "2", ABSTAIN, "3", ABSTAIN, "4", IN_FAVOUR);

        AssemblyCount plant = AssemblyCount.of(UNITS, votes, MajorityRule.ENERGY_INNOVATION, Convocation.FIRST);
        assertThat(plant.presentMillesimi()).isCloseTo(700, within(1e-9));
        assertThat(plant.approved()).isFalse();

        // the Superbonus rule asks a third of the value: the same votes pass
        assertThat(AssemblyCount.of(UNITS, votes, MajorityRule.SUPERBONUS, Convocation.FIRST).approved()).isTrue();
    }

    /**
     * L. 10/1991 art. 26 c. 2 (as replaced by L. 220/2012 art. 28): energy works identified by an
     * APE or an energy audit pass "con la maggioranza degli intervenuti, con un numero di voti che
     * rappresenti almeno un terzo del valore dell'edificio", in either call. 400 millesimi in
     * favour are enough (400 ≥ 1000/3 = 333.33); the same works without an audit, or a solar plant
     * on the roof (art. 1120 c. 2 n. 2 with art. 1136 c. 2), need 500 and fail.
     */
    @Test
    void auditedEnergyWorksPassWithAThirdOfTheValueInEitherCall() {
        Map<String, VoteChoice> votes = Map.of("1", IN_FAVOUR, "4", IN_FAVOUR, "2", AGAINST); // 400 for, Bianchi's 300 against

        for (Convocation call : Convocation.values()) {
            AssemblyCount audited = AssemblyCount.of(UNITS, votes, MajorityRule.ENERGY_EFFICIENCY, call);
            assertThat(audited.constituted()).isTrue();
            assertThat(audited.approved()).as("%s call", call).isTrue();
            AssemblyCount unaudited = AssemblyCount.of(UNITS, votes, MajorityRule.ENERGY_INNOVATION, call);
            assertThat(unaudited.approved()).isFalse();
            assertThat(unaudited.reasons()).singleElement().asString().contains("400.000 millesimi in favour").contains("500.000")
                    .contains("art. 1120 c. 2 n. 2");
        }
    }

    @Test
    void aThirdOfTheValueIsMetAt333Point334MillesimiAndMissedAt333Point333() {
        // 1000/3 = 333.333…: with a table kept to three decimals the least third is 333.334
        List<Unit> table = List.of(new Unit("a", "Galli", 200), new Unit("b", "Moretti", 133.334), new Unit("c", "Ricci", 133.333),
                new Unit("d", "Sala", 333.333), new Unit("e", "Villa", 200));

        AssemblyCount met = AssemblyCount.of(table, Map.of("a", IN_FAVOUR, "b", IN_FAVOUR, "d", AGAINST), MajorityRule.ENERGY_EFFICIENCY,
                Convocation.SECOND);
        assertThat(met.millesimiInFavour()).isCloseTo(333.334, within(1e-9));
        assertThat(met.approved()).isTrue();

        AssemblyCount missed = AssemblyCount.of(table, Map.of("a", IN_FAVOUR, "c", IN_FAVOUR, "d", AGAINST), MajorityRule.ENERGY_EFFICIENCY,
                Convocation.SECOND);
        assertThat(missed.constituted()).isTrue();
        assertThat(missed.approved()).isFalse();
        assertThat(missed.reasons()).singleElement().asString().contains("333.333 millesimi in favour: at least 333.334 are needed")
                .contains("art. 26 c. 2 L. 10/1991");
    }

    @Test
    void anOwnerOfSeveralUnitsIsPresentAndVotesForAllOfThemWithOneRow() {
        // only Bianchi's flat 2 is filled in: Bianchi is present with 300 millesimi and votes for both flats
        AssemblyCount count = AssemblyCount.of(UNITS, new Ballot(Set.of("1", "2"), Map.of("1", AGAINST, "2", IN_FAVOUR), Map.of()), null,
                MajorityRule.ORDINARY, Convocation.SECOND);

        assertThat(count.presentOwners()).isEqualTo(2);
        assertThat(count.presentMillesimi()).isCloseTo(550, within(1e-9));
        assertThat(count.millesimiInFavour()).isCloseTo(300, within(1e-9));
        assertThat(count.ownersInFavour()).isEqualTo(1);
        assertThat(count.approved()).as("1 of 2 heads is a tie, not a majority").isFalse();
    }

    @Test
    void anOwnerVotesOnceAndTheMillesimiMustAddUpToOneThousand() {
        assertThatThrownBy(() -> AssemblyCount.of(UNITS, Map.of("2", IN_FAVOUR, "3", AGAINST), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("Bianchi votes once for all their units");
        assertThatThrownBy(() -> AssemblyCount.of(UNITS.subList(0, 5), Map.of(), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("add up to 850.000, not 1,000");
        assertThatThrownBy(() -> AssemblyCount.of(UNITS, Map.of("9", IN_FAVOUR), MajorityRule.ORDINARY, Convocation.FIRST))
                .hasMessageContaining("Unit 9 is not one of this condominium's units");
    }
}
