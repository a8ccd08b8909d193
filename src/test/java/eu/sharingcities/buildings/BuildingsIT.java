package eu.sharingcities.buildings;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

    @Test
    void aBuildingRegisteredWithMonthlyGasBillsGetsTheBillingPeriodMethod() throws SQLException {
        Api api = new Api(base);
        String code = "bill-test-" + System.nanoTime() % 100_000;
        ZoneId sofia = ZoneId.of("Europe/Sofia");
        LocalDate today = LocalDate.now(sofia), works = today.minusDays(175);
        Api.Answer building = api.post("/api/cities/burgas/buildings", "burgas.operator", "application/json", """
                {"code": "%s", "name": "ОУ Любен Каравелов", "address": "ул. Оборище 2", "district": "Център",
                 "latitude": 42.498, "longitude": 27.472, "use": "SCHOOL", "floorAreaM2": 4200, "yearBuilt": 1962,
                 "energyLabel": "F", "temperaturePoint": "burgas.weather.outdoor-temperature"}""".formatted(code));
        assertThat(building.status()).as(building.body()).isEqualTo(200);
        long meter = api.post("/api/cities/burgas/buildings/" + code + "/meters", "burgas.operator", "application/json", """
                {"name": "Gas meter", "carrier": "GAS", "unit": "m³", "kwhPerUnit": 10}""").json().asJsonObject().getJsonNumber("id").longValue();

        Api.Answer wrongPeriods = api.post("/api/cities/burgas/buildings/" + code + "/retrofits", "burgas.operator", "application/json", """
                {"name": "Envelope", "depth": "DEEP", "costEur": 1200000, "installationStart": "%s", "installationEnd": "%s",
                 "reportingStart": "%s", "measures": ["ENVELOPE_INSULATION", "WINDOWS"]}""".formatted(works, works.plusDays(14), works.plusDays(3)));
        assertThat(wrongPeriods.status()).isEqualTo(400);
        assertThat(wrongPeriods.json().asJsonObject().getString("error")).startsWith("reportingStart: a day after the works ended");
        Api.Answer retrofit = api.post("/api/cities/burgas/buildings/" + code + "/retrofits", "burgas.operator", "application/json", """
                {"name": "Envelope", "depth": "DEEP", "costEur": 1200000, "installationStart": "%s", "installationEnd": "%s",
                 "reportingStart": "%s", "measures": ["ENVELOPE_INSULATION", "WINDOWS"]}""".formatted(works, works.plusDays(14), works.plusDays(15)));
        assertThat(retrofit.status()).as(retrofit.body()).isEqualTo(200);

        // 30-day bills: 100 kWh a day plus 20 kWh per degree below 15 °C, 40 % less after the works
        Map<LocalDate, Double> temperatures = temperatures("burgas.weather.outdoor-temperature", sofia);
        StringBuilder bills = new StringBuilder("start,end,consumption\n");
        for (LocalDate start = works.minusDays(365); !start.plusDays(29).isAfter(today.minusDays(2)); start = start.plusDays(30)) {
            LocalDate end = start.plusDays(29);
            if (!end.isBefore(works) && start.isBefore(works.plusDays(15))) {
                continue; // no bill is read during the works
            }
            double kwh = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                kwh += (100 + 20 * Math.max(0, 15 - temperatures.get(d))) * (start.isAfter(works) ? 0.6 : 1);
            }
            bills.append(start).append(',').append(end).append(',').append(String.format(Locale.ROOT, "%.3f", kwh / 10)).append('\n');
        }
        Api.Answer imported = api.post("/api/meters/" + meter + "/periods", "burgas.operator", "text/csv", bills.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonObject result = byCode(api.get("/api/cities/burgas/buildings", "burgas.viewer").json().asJsonArray(), code);
        assertThat(result.getString("result")).as(result.toString()).isEqualTo("MEASURED");
        assertThat(result.getJsonNumber("savingsPercent").doubleValue()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(api.post("/api/cities/burgas/buildings", "burgas.viewer", "application/json", "{}").status()).isEqualTo(403);
    }

    private static Map<LocalDate, Double> temperatures(String point, ZoneId zone) throws SQLException {
        Map<LocalDate, Double> byDay = new HashMap<>();
        try (var db = TestDatabase.connect(); var st = db.prepareStatement("""
                select r.bucket, r.total / r.samples from reading_rollup r join point p on p.id = r.point_id
                where p.code = ? and r.resolution = 'day'""")) {
            st.setString(1, point);
            var rs = st.executeQuery();
            while (rs.next()) {
                byDay.put(rs.getTimestamp(1).toInstant().atZone(zone).toLocalDate(), rs.getDouble(2));
            }
        }
        return byDay;
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
