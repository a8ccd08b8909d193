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

    /**
     * The building's own resource gives what an outsider needs to reproduce the result: from the
     * model's coefficients and the reporting days' temperatures the adjusted baseline is recomputed
     * here, and NMBE and CV(RMSE) from the baseline days (Guideline 14's formulas written out).
     */
    @Test
    void aBuildingsResultCanBeReproducedFromItsOwnResource() {
        Api api = new Api(base);
        JsonObject deep = api.get("/api/cities/milan/buildings/b001", "milan.viewer").json().asJsonObject();

        assertThat(deep.getString("result")).isEqualTo("MEASURED");
        JsonObject meter = deep.getJsonArray("meters").getJsonObject(0);
        JsonObject model = meter.getJsonObject("model");
        JsonArray reporting = meter.getJsonArray("reportingData");
        JsonArray baseline = meter.getJsonArray("baselineData");
        assertThat(meter.getString("frequency")).isEqualTo("DAILY");
        assertThat(reporting).isNotEmpty();
        double adjusted = 0;
        for (JsonObject day : reporting.getValuesAs(JsonObject.class)) {
            adjusted += predicted(model, day.getJsonNumber("meanTemperatureC").doubleValue()) * day.getInt("days");
        }
        assertThat(adjusted).isCloseTo(meter.getJsonNumber("adjustedBaselineKwh").doubleValue(), org.assertj.core.data.Offset.offset(1e-6 * adjusted));
        // NMBE = Σ(E − Ê) / ((n − p) · Ē), CV(RMSE) = sqrt(Σ(E − Ê)² / (n − p)) / Ē, on the baseline days' energy
        double sum = 0, bias = 0, squares = 0;
        int n = baseline.size(), p = model.getInt("parameters");
        for (JsonObject day : baseline.getValuesAs(JsonObject.class)) {
            double e = day.getJsonNumber("kwh").doubleValue(), fitted = predicted(model, day.getJsonNumber("meanTemperatureC").doubleValue());
            sum += e;
            bias += e - fitted;
            squares += (e - fitted) * (e - fitted);
        }
        double mean = sum / n;
        JsonObject statistics = meter.getJsonObject("statistics");
        assertThat(model.getInt("n")).isEqualTo(n);
        assertThat(statistics.getJsonNumber("nmbePercent").doubleValue()).isCloseTo(100 * bias / ((n - p) * mean), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(statistics.getJsonNumber("cvRmsePercent").doubleValue())
                .isCloseTo(100 * Math.sqrt(squares / (n - p)) / mean, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(meter.getJsonArray("uncertainty").getJsonObject(0).getJsonNumber("confidence").doubleValue()).isEqualTo(0.9);
        assertThat(meter.getString("normalYearBasis")).isNotBlank();
        assertThat(deep.getJsonArray("byCarrier")).isNotEmpty().allSatisfy(c -> {
            assertThat(((JsonObject) c).getJsonNumber("avoidedCo2Kg")).isNotNull();
            assertThat(((JsonObject) c).getJsonNumber("savedEur")).isNotNull();
        });
        assertThat(deep.getJsonObject("deliveredEnergy").getString("note")).contains("all carriers added");

        assertThat(api.get("/api/cities/milan/buildings/b001", "london.viewer").status()).as("another city's staff").isEqualTo(403);
        assertThat(api.get("/api/cities/milan/buildings/b001", "milan.esco").status()).as("a partner").isEqualTo(403);
        assertThat(api.get("/api/cities/milan/buildings/no-such", "milan.viewer").status()).isEqualTo(404);
    }

    /** JSON-B leaves out null fields: a term the model does not have is absent. */
    private static boolean given(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key);
    }

    private static double predicted(JsonObject model, double t) {
        double perDay = model.getJsonNumber("intercept").doubleValue();
        if (given(model, "heatingBalancePointC")) {
            perDay += model.getJsonNumber("heatingSlope").doubleValue() * Math.max(0, model.getJsonNumber("heatingBalancePointC").doubleValue() - t);
        }
        if (given(model, "coolingBalancePointC")) {
            perDay += model.getJsonNumber("coolingSlope").doubleValue() * Math.max(0, t - model.getJsonNumber("coolingBalancePointC").doubleValue());
        }
        return perDay;
    }

    @Test
    void aMeterFileIsReadWithTheDecimalMarkOfItsWholeColumnAndShownBeforeItIsStored() throws SQLException {
        Api api = new Api(base);
        long meter = heatMeterOf(api, "bordeaux", "b002");
        String file = "date;consumption\n2022-03-01;612.41\n2022-03-02;598.07\n";

        JsonObject preview = api.post("/api/meters/" + meter + "/periods?dryRun=true", "bordeaux.operator", "text/csv", file).json().asJsonObject();
        assertThat(preview.getBoolean("stored")).isFalse();
        assertThat(preview.getString("decimalMark")).isEqualTo("POINT");
        assertThat(preview.getJsonArray("firstRows").getJsonObject(0).getJsonNumber("kwh").doubleValue()).isEqualTo(612.41);
        assertThat(storedPeriods(meter)).isZero();

        Api.Answer tooLarge = api.post("/api/meters/" + meter + "/periods?dryRun=true", "bordeaux.operator", "text/csv",
                "start,end,consumption\n" + "2025-01-01,2025-01-31,100\n".repeat(250_000));
        assertThat(tooLarge.status()).as("over 5 MB, refused by the server too").isEqualTo(413);
        assertThat(tooLarge.json().asJsonObject().getString("error")).startsWith("The body is larger than 5 MB; split the file");
        Api.Answer ambiguous = api.post("/api/meters/" + meter + "/periods", "bordeaux.operator", "text/csv",
                "date;consumption\n2022-03-01;1.234\n2022-03-02;2.500\n");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.json().asJsonObject().getString("error")).contains("row 2 ('1.234')").contains("decimalMark=point or decimalMark=comma");
        assertThat(api.post("/api/meters/" + meter + "/periods?decimalMark=comma&dryRun=true", "bordeaux.operator", "text/csv",
                "date;consumption\n2022-03-01;1.234\n2022-03-02;2.500\n").json().asJsonObject().getJsonArray("firstRows").getJsonObject(0)
                .getJsonNumber("kwh").doubleValue()).isEqualTo(1234.0);
        assertThat(api.post("/api/meters/" + meter + "/periods?decimalMark=semicolon", "bordeaux.operator", "text/csv", file).status()).isEqualTo(400);
        assertThat(api.post("/api/meters/" + meter + "/periods?dryRun=true", "bordeaux.viewer", "text/csv", file).status()).isEqualTo(403);
        assertThat(api.post("/api/meters/" + meter + "/periods?dryRun=true", "milan.operator", "text/csv", file).status()).as("not in Milan's cities").isEqualTo(404);

        Api.Answer stored = api.post("/api/meters/" + meter + "/periods", "bordeaux.operator", "text/csv", file);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(storedPeriods(meter)).isEqualTo(2);
    }

    @Test
    void emissionFactorsSayTheirScopeAndSourceAndACityAdministratorAddsAYear() {
        Api api = new Api(base);
        JsonArray london = api.get("/api/cities/london/energy-factors", "london.viewer").json().asJsonArray();
        JsonObject electricity2025 = london.getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getInt("year") == 2025 && f.getString("carrier").equals("ELECTRICITY")).findFirst().orElseThrow();
        // DESNZ's 2025 conversion factor for UK electricity (generation, location-based): 0.177 kg CO2e per kWh
        assertThat(electricity2025.getJsonNumber("kgCo2PerKwh").doubleValue()).isEqualTo(0.177);
        assertThat(electricity2025.getString("scope")).isEqualTo("GENERATION");
        assertThat(electricity2025.getString("source")).contains("DESNZ").contains("2025");
        assertThat(london.getValuesAs(JsonObject.class)).noneMatch(f -> f.getInt("year") == 2026 && f.getString("carrier").equals("ELECTRICITY")
                && f.getJsonNumber("kgCo2PerKwh").doubleValue() == 0.207);

        String factor = """
                {"year": 2019, "carrier": "ELECTRICITY", "kgCo2PerKwh": 0.2556, "eurPerKwh": 0.18, "scope": "GENERATION",
                 "source": "DESNZ GHG conversion factors 2019, UK electricity"}""";
        assertThat(api.putJson("/api/cities/london/energy-factors", "london.operator", factor).status()).as("an operator").isEqualTo(403);
        assertThat(api.putJson("/api/cities/london/energy-factors", "milan.admin", factor).status()).as("another city's admin").isEqualTo(403);
        Api.Answer noSource = api.putJson("/api/cities/london/energy-factors", "london.admin", factor.replace("DESNZ GHG conversion factors 2019, UK electricity", ""));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.json().asJsonObject().getString("error")).contains("Name the factor's source");
        Api.Answer noScope = api.putJson("/api/cities/london/energy-factors", "london.admin", factor.replace("GENERATION", "SOMEWHERE"));
        assertThat(noScope.json().asJsonObject().getString("error")).startsWith("scope: one of [GENERATION");
        Api.Answer saved = api.putJson("/api/cities/london/energy-factors", "london.admin", factor);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().asJsonArray().getValuesAs(JsonObject.class)).anySatisfy(f -> {
            assertThat(f.getInt("year")).isEqualTo(2019);
            assertThat(f.getJsonNumber("kgCo2PerKwh").doubleValue()).isEqualTo(0.2556);
        });
        assertThat(api.get("/api/cities/london/energy-factors", "milan.viewer").status()).isEqualTo(403);
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
        assertThat(foreign.status()).as("another city's meter is not there for London").isEqualTo(404);
        assertThat(foreign.json().asJsonObject().getString("error")).isEqualTo("No meter " + milanMeter + " in your cities.");
        assertThat(api.putJson("/api/cities/milan/buildings/b999/asset", "milan.admin", "{\"asset\": null}").status()).isEqualTo(404);
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
