package eu.sharingcities.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInUserTest {

    private final SignedInUser milanOperatorLondonViewer = new SignedInUser("mixed", "Mixed", null,
            Set.of(CityGrant.in("milan", Role.OPERATOR), CityGrant.in("london", Role.VIEWER)));
    private final SignedInUser consortiumAdmin = new SignedInUser("admin", "Admin", null, Set.of(CityGrant.consortiumAdmin()));

    @Test
    void rolesHoldOnlyInTheirCity() {
        assertThat(milanOperatorLondonViewer.may(Role.OPERATOR, "milan")).isTrue();
        assertThat(milanOperatorLondonViewer.may(Role.VIEWER, "milan")).as("an operator may view").isTrue();
        assertThat(milanOperatorLondonViewer.may(Role.OPERATOR, "london")).isFalse();
        assertThat(milanOperatorLondonViewer.may(Role.CITY_ADMIN, "milan")).isFalse();
        assertThat(milanOperatorLondonViewer.canSee("lisbon")).isFalse();
    }

    @Test
    void theDatabaseScopeNamesExactlyTheUsersCities() {
        assertThat(milanOperatorLondonViewer.scopeSetting()).isEqualTo("london,milan");
        assertThat(consortiumAdmin.scopeSetting()).isEqualTo("*");
        assertThat(new SignedInUser("nobody", "Nobody", null, Set.of()).scopeSetting()).isEmpty();
    }

    @Test
    void onlyAMunicipalRoleOpensACitysDataAndAPartnerIsRestrictedWhereItIsOnlyAPartner() {
        SignedInUser citizenAndScada = new SignedInUser("c", "C", null, Set.of(CityGrant.in("milan", Role.CITIZEN), CityGrant.in("milan", Role.SCADA)));
        assertThat(citizenAndScada.scopeSetting()).isEmpty();

        SignedInUser partnerAndViewer = new SignedInUser("p", "P", null,
                Set.of(CityGrant.in("milan", Role.PARTNER), CityGrant.in("lisbon", Role.VIEWER)), "energia-condivisa");
        assertThat(partnerAndViewer.scopeSetting()).isEqualTo("lisbon");
        assertThat(partnerAndViewer.partnerCitiesSetting()).isEqualTo("milan");
        assertThat(partnerAndViewer.partnerSetting()).isEqualTo("energia-condivisa");

        SignedInUser partnerAndViewerInMilan = new SignedInUser("q", "Q", null,
                Set.of(CityGrant.in("milan", Role.PARTNER), CityGrant.in("milan", Role.VIEWER)), "energia-condivisa");
        assertThat(partnerAndViewerInMilan.partnerCitiesSetting()).as("a viewer of Milan sees all of Milan").isEmpty();
    }

    @Test
    void aConsortiumAdminMayDoEverythingEverywhere() {
        assertThat(consortiumAdmin.may(Role.CITY_ADMIN, "warsaw")).isTrue();
        assertThat(consortiumAdmin.groups()).containsExactly("consortium-admin");
    }

    @Test
    void partnersCitizensAndScadaGetNoMunicipalRights() {
        SignedInUser partner = new SignedInUser("p", "P", null, Set.of(CityGrant.in("milan", Role.PARTNER)));
        assertThat(partner.may(Role.VIEWER, "milan")).isFalse();
        assertThat(Role.SCADA.includes(Role.VIEWER)).isFalse();
        assertThat(Role.CITY_ADMIN.includes(Role.SCADA)).isFalse();
    }
}
