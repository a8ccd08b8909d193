package eu.sharingcities.buildings;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the deployed platform: the demo's retrofitted buildings have measured savings from the
 * history made at first start, a bad meter file is refused whole, and one city's staff can neither
 * read nor feed another city's buildings.
 */
class BuildingsIT extends DeployedPlatform {

    @Test
    void theDemoRetrofitsAreMeasuredFromTheirGeneratedHistory() {
        JsonArray buildings = new Api(base).get("/api/cities/milan/buildings", "milan.viewer").json().asJsonArray();

        JsonObject deep = byCode(buildings, "b001");
        JsonObject light = byCode(buildings, "b002");
        assertThat(deep.getString("retrofit")).isEqualTo("DEEP");
        assertThat(deep.getString("result")).isEqualTo("MEASURED");
        assertThat(deep.getJsonNumber("savingsPercent").doubleValue()).isBetween(45.0, 75.0);
        assertThat(deep.getJsonNumber("uncertaintyPercent").doubleValue()).isBetween(0.0, 10.0);
        assertThat(light.getString("result")).isEqualTo("MEASURED");
        assertThat(light.getJsonNumber("savingsPercent").doubleValue()).isBetween(3.0, 30.0);
        assertThat(deep.getJsonArray("meters")).hasSize(2);
    }

    @Test
    void aBadFileIsRefusedWholeWithRowColumnAndReasonAndAGoodOneIsStored() throws SQLException {
        Api api = new Api(base);
        long meter = heatMeterOf(api, "lisbon", "b002");
        String bad = """
                start,end,consumption
                2023-01-01,2023-01-31,1200.5
                2023-02-01,2023-02-30,1100
                2023-03-01,2023-03-31,lots
                """;

        Api.Answer refused = api.post("/api/meters/" + meter + "/periods", "lisbon.operator", "text/csv", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().asJsonObject().getString("error"))
                .contains("nothing from it was stored")
                .contains("row 3, column end: '2023-02-30' is not a date")
                .contains("row 4, column consumption: 'lots' is not a number");
        assertThat(storedPeriods(meter)).as("not even the good first row").isZero();

        String good = "start;end;consumption\n01/01/2023;31/01/2023;1.200,5\n01/02/2023;28/02/2023;1100\n";
        Api.Answer stored = api.post("/api/meters/" + meter + "/periods", "lisbon.operator", "text/csv", good);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().asJsonObject().getInt("periods")).isEqualTo(2);
        assertThat(storedPeriods(meter)).isEqualTo(2);

        Api.Answer again = api.post("/api/meters/" + meter + "/periods", "lisbon.operator", "text/csv", good);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().asJsonObject().getString("error")).contains("overlaps 2023-01-01–2023-01-31, already imported");
        assertThat(storedPeriods(meter)).isEqualTo(2);
    }

    @Test
    void oneCitysStaffCanNeitherReadNorFeedAnothersBuildings() throws SQLException {
        Api api = new Api(base);
        long milanMeter = heatMeterOf(api, "milan", "b002");

        assertThat(api.get("/api/cities/milan/buildings", "london.operator").status()).isEqualTo(403);
        Api.Answer foreign = api.post("/api/meters/" + milanMeter + "/periods", "london.operator", "text/csv",
                "date,consumption\n2022-01-01,10\n");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().asJsonObject().getString("error")).isEqualTo("No meter " + milanMeter + " in your cities.");
        Api.Answer viewer = api.post("/api/meters/" + milanMeter + "/periods", "milan.viewer", "text/csv", "date,consumption\n2022-01-01,10\n");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(storedPeriods(milanMeter)).isZero();
    }

    private static JsonObject byCode(JsonArray buildings, String code) {
        return buildings.stream().map(JsonObject.class::cast).filter(b -> b.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no building " + code + " in " + buildings));
    }

    private long heatMeterOf(Api api, String city, String building) {
        JsonArray buildings = api.get("/api/cities/" + city + "/buildings", city + ".viewer").json().asJsonArray();
        return byCode(buildings, building).getJsonArray("meters").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("carrier").equals("HEAT")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static int storedPeriods(long meter) throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.prepareStatement("select count(*) from meter_period where meter_id = ?")) {
            st.setLong(1, meter);
            var rs = st.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
