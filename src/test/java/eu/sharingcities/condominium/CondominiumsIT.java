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

        assertThat(city).hasSizeGreaterThanOrEqualTo(10); // the demo's ten, and any a test opened
        assertThat(first).isNotEmpty().allSatisfy(c -> assertThat(((JsonObject) c).getString("escoOrganisation")).isEqualTo("energia-condivisa"));
        assertThat(second).isNotEmpty().allSatisfy(c -> assertThat(((JsonObject) c).getString("escoOrganisation")).isEqualTo("calore-verde"));
        assertThat(first.size() + second.size()).isLessThan(city.size());
        assertThat(api.get("/api/cities/milan/condominiums", "london.viewer").status()).isEqualTo(403);
        int milanPoint = api.get("/api/cities/milan/points?limit=1", "milan.viewer").json().asJsonArray().getJsonObject(0).getInt("id");
        assertThat(api.get("/api/points/" + milanPoint, "milan.esco").status()).as("partners do not read the city's points").isEqualTo(404);
    }

    @Test
    void aPartnerWhoIsAlsoAViewerElsewhereStaysAPartnerInMilan() throws Exception {
        TestDatabase.account("milan.esco9", "energia-condivisa", "milan:PARTNER", "lisbon:VIEWER");
        Api api = new Api(base);
        JsonArray seen = api.get("/api/cities/milan/condominiums", "milan.esco9").json().asJsonArray();
        assertThat(seen).isNotEmpty().allSatisfy(c -> assertThat(((JsonObject) c).getString("escoOrganisation")).isEqualTo("energia-condivisa"));
        int milanPoint = api.get("/api/cities/milan/points?limit=1", "milan.viewer").json().asJsonArray().getJsonObject(0).getInt("id");
        assertThat(api.get("/api/points/" + milanPoint, "milan.esco9").status()).as("no Milan points for a partner").isEqualTo(404);
        int lisbonPoint = api.get("/api/cities/lisbon/points?limit=1", "lisbon.viewer").json().asJsonArray().getJsonObject(0).getInt("id");
        assertThat(api.get("/api/points/" + lisbonPoint, "milan.esco9").status()).as("a viewer in Lisbon").isEqualTo(200);
    }

    @Test
    void anOperatorOpensACondominiumConvenesTheAssemblyAndTheCountFollowsTheVotes() {
        Api api = new Api(base);
        String units = """
                [{"label": "A", "owner": "Bassi", "millesimi": 400}, {"label": "B", "owner": "Negri", "millesimi": 350},
                 {"label": "C", "owner": "Fontana", "millesimi": %s}]""";
        String condominium = """
                {"name": "Condominio Test %d", "address": "Via Ripamonti 99", "administrator": "Studio Rossi", "path": "CO_DESIGN",
                 "escoOrganisation": "calore-verde", "units": %s}""";
        long n = System.nanoTime() % 100_000;

        Api.Answer wrongTable = api.post("/api/cities/milan/condominiums", "milan.operator", "application/json",
                condominium.formatted(n, units.formatted("249.5")));
        assertThat(wrongTable.status()).isEqualTo(400);
        assertThat(wrongTable.json().asJsonObject().getString("error"))
                .isEqualTo("units: the millesimi add up to 999.500, not 1,000: correct the table of millesimi (tabella millesimale).");

        long id = created(api.post("/api/cities/milan/condominiums", "milan.operator", "application/json", condominium.formatted(n, units.formatted("250"))));
        long option = created(api.post("/api/cities/milan/condominiums/" + id + "/options", "milan.operator", "application/json", """
                {"name": "Cappotto", "measures": "ETICS, windows", "costEur": 400000, "expectedSavingsPercent": 45, "incentivesEur": 260000,
                 "financing": "TAX_CREDIT_TRANSFER", "annualSavingEur": 18000}"""));
        long assembly = created(api.post("/api/cities/milan/condominiums/" + id + "/assemblies", "milan.operator", "application/json", """
                {"heldOn": "2026-10-01", "convocation": "SECOND", "majorityRule": "ENERGY_EFFICIENCY"}"""));
        JsonObject sheet = api.get("/api/cities/milan/condominiums/assemblies/" + assembly, "milan.operator").json().asJsonObject();
        long a = unitId(sheet, "A"), b = unitId(sheet, "B");

        String entries = "/api/cities/milan/condominiums/assemblies/" + assembly + "/entries";
        Api.Answer voteBeforeAttendance = api.post(entries, "milan.operator", "application/json",
                "{\"unitId\": %d, \"optionId\": %d, \"choice\": \"IN_FAVOUR\"}".formatted(a, option));
        assertThat(voteBeforeAttendance.json().asJsonObject().getString("error")).contains("is not marked present");
        api.post(entries, "milan.operator", "application/json", "{\"unitId\": %d, \"choice\": \"PRESENT\"}".formatted(a));
        api.post(entries, "milan.operator", "application/json", "{\"unitId\": %d, \"choice\": \"PRESENT\"}".formatted(b));
        api.post(entries, "milan.operator", "application/json", "{\"unitId\": %d, \"optionId\": %d, \"choice\": \"IN_FAVOUR\"}".formatted(a, option));
        JsonObject count = api.post(entries, "milan.operator", "application/json",
                        "{\"unitId\": %d, \"optionId\": %d, \"choice\": \"IN_FAVOUR\"}".formatted(b, option))
                .json().asJsonObject().getJsonObject("counts").getJsonObject(String.valueOf(option)).getJsonObject("count");

        // 2 of 3 owners with 750 millesimi in favour: more than half of those present and over a third (art. 26 c. 2 L. 10/1991)
        assertThat(count.getBoolean("constituted")).isTrue();
        assertThat(count.getBoolean("approved")).isTrue();
        assertThat(count.getJsonNumber("millesimiInFavour").doubleValue()).isEqualTo(750.0);
        Api.Answer administratorsProxy = api.post(entries, "milan.operator", "application/json",
                "{\"unitId\": %d, \"choice\": \"PRESENT\", \"delegate\": \"Studio Rossi\"}".formatted(unitId(sheet, "C")));
        assertThat(administratorsProxy.status()).isEqualTo(400);
        assertThat(administratorsProxy.json().asJsonObject().getString("error")).contains("may hold no proxy (art. 67 c. 5 disp. att. c.c.)");
        JsonObject byProxy = api.post(entries, "milan.operator", "application/json",
                "{\"unitId\": %d, \"choice\": \"PRESENT\", \"delegate\": \"Anna Ferri\"}".formatted(unitId(sheet, "C"))).json().asJsonObject();
        assertThat(byProxy.getJsonObject("delegates").getString(String.valueOf(unitId(sheet, "C")))).isEqualTo("Anna Ferri");
        assertThat(byProxy.getJsonObject("counts").getJsonObject(String.valueOf(option)).getJsonObject("count").getInt("presentOwners"))
                .isEqualTo(3);
        assertThat(api.get("/api/cities/milan/condominiums/assemblies/" + assembly, "milan.esco2").status()).as("its ESCo reads it").isEqualTo(200);
        assertThat(api.get("/api/cities/milan/condominiums/assemblies/" + assembly, "milan.esco").status()).as("another ESCo does not").isEqualTo(404);
        assertThat(api.post(entries, "milan.esco2", "application/json", "{\"unitId\": %d, \"choice\": \"ABSENT\"}".formatted(a)).status())
                .as("partners read, they do not vote").isEqualTo(403);
    }

    private static long created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static long unitId(JsonObject sheet, String label) {
        return sheet.getJsonArray("units").stream().map(JsonObject.class::cast).filter(u -> u.getString("label").equals(label))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
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
                // what TenantScope sets for a partner of Milan and nothing more
                st.execute("select set_config('platform.cities', '', true), set_config('platform.partner_cities', 'milan', true), "
                        + "set_config('platform.partner', 'calore-verde', true), set_config('role', 'platform_tenant', true)");
                var rs = st.executeQuery("select count(*), count(*) filter (where esco_organisation = 'calore-verde') from condominium");
                rs.next();
                assertThat(rs.getInt(1)).isPositive().isEqualTo(rs.getInt(2));
                var units = st.executeQuery("""
                        select count(*) from condominium_unit u where u.condominium_id not in (select id from condominium)""");
                units.next();
                assertThat(units.getInt(1)).as("units of other condominiums are hidden too").isZero();
                var cityData = st.executeQuery("select (select count(*) from point) + (select count(*) from building) + (select count(*) from district)");
                cityData.next();
                assertThat(cityData.getInt(1)).as("a partner sees none of the city's other data").isZero();
            }
            db.rollback();
        }
    }
}
