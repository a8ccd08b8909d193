package eu.sharingcities.condominium;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the deployed platform and its PostgreSQL: ESCo partners see only their condominiums; closed minutes stay as they were. */
class CondominiumsIT extends DeployedPlatform {

    @Test
    void anEscoPartnerSeesOnlyTheCondominiumsAssignedToIt() {
        Api api = new Api(base);

        JsonArray city = api.get("/api/cities/milan/condominiums", "milan.viewer").json().asJsonArray();
        JsonArray first = api.get("/api/cities/milan/condominiums", "milan.esco").json().asJsonArray();
        JsonArray second = api.get("/api/cities/milan/condominiums", "milan.esco2").json().asJsonArray();

        assertThat(city).hasSize(10);
        assertThat(first).isNotEmpty().allSatisfy(c -> assertThat(((JsonObject) c).getString("escoOrganisation")).isEqualTo("energia-condivisa"));
        assertThat(second).isNotEmpty().allSatisfy(c -> assertThat(((JsonObject) c).getString("escoOrganisation")).isEqualTo("calore-verde"));
        assertThat(first.size() + second.size()).isLessThan(city.size());
        assertThat(api.get("/api/cities/milan/condominiums", "london.viewer").status()).isEqualTo(403);
    }

    @Test
    void votesOfClosedMinutesCannotBeChangedOrDeletedInTheDatabase() throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rs = st.executeQuery("""
                    select v.id from assembly_vote v join assembly a on a.id = v.assembly_id where a.minutes_closed_at is not null limit 1""");
            assertThat(rs.next()).as("the demo has an assembly with closed minutes").isTrue();
            long entry = rs.getLong(1);

            assertThatThrownBy(() -> st.executeUpdate("update assembly_vote set choice = 'AGAINST' where id = " + entry))
                    .hasMessageContaining("minutes of assembly").hasMessageContaining("record a correction instead");
            assertThatThrownBy(() -> st.executeUpdate("delete from assembly_vote where id = " + entry))
                    .hasMessageContaining("cannot be changed or deleted");
            assertThatThrownBy(() -> st.executeUpdate("""
                    update assembly set minutes_closed_at = null where id = (select assembly_id from assembly_vote where id = %d)""".formatted(entry)))
                    .hasMessageContaining("cannot be reopened");
        }
    }

    @Test
    void rowLevelSecurityKeepsAPartnerToItsOrganisationEvenInPlainSql() throws SQLException {
        try (var db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (var st = db.createStatement()) {
                st.execute("select set_config('platform.cities', 'milan', true), set_config('platform.partner', 'calore-verde', true), "
                        + "set_config('role', 'platform_tenant', true)");
                var rs = st.executeQuery("select count(*), count(*) filter (where esco_organisation = 'calore-verde') from condominium");
                rs.next();
                assertThat(rs.getInt(1)).isPositive().isEqualTo(rs.getInt(2));
                var units = st.executeQuery("""
                        select count(*) from condominium_unit u where u.condominium_id not in (select id from condominium)""");
                units.next();
                assertThat(units.getInt(1)).as("units of other condominiums are hidden too").isZero();
            }
            db.rollback();
        }
    }
}
