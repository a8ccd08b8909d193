package eu.sharingcities.lighting;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestControllers;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Burgas's street lighting through the deployed platform: the demo's 500 lampposts, the three bound
 * to the test's simulated lamp controllers live and the others without communication; a lamp in
 * full; the inventory refused whole with its lines, imported, exported as CSV and GeoJSON; and who
 * may do what.
 */
class LightingIT extends DeployedPlatform {

    private static final String CITY = "burgas";
    private static final String LAMPS = "/api/cities/burgas/lighting/lamps";
    private static final String INVENTORY = "/api/cities/burgas/lighting/inventory";
    private static final String HEADER = "code,group,latitude,longitude,street,district,cabinet,circuit,controller,asset,luminaire,rated_w,"
            + "lumen,replaced_lamp,replaced_w,installed_on,equipment\n";

    @Test
    void theMapShowsEveryLamppostWithItsControllersStateAndALampInFull() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        // the test simulator has three lamp controllers a city (TestControllers), bound to BUR-0001..0003 by asset
        Eventually.await(Duration.ofSeconds(60), () -> states(api).get("BUR-0003") != null && !states(api).get("BUR-0003").equals("no-communication"));
        Map<String, String> states = states(api);

        assertThat(states).hasSizeGreaterThanOrEqualTo(500);
        assertThat(List.of(states.get("BUR-0001"), states.get("BUR-0002"), states.get("BUR-0003"))).allMatch(s -> List.of("on", "dimmed", "off", "fault").contains(s));
        assertThat(states.get("BUR-0004")).as("no controller answers for lighting/l0004 in the tests").isEqualTo("no-communication");

        JsonObject lamp = api.get(LAMPS + "/BUR-0001", "burgas.viewer").json().asJsonObject();
        assertThat(lamp.getJsonObject("lamppost").getString("street")).isEqualTo("бул. Демокрация");
        assertThat(lamp.getJsonObject("lamppost").getString("asset")).isEqualTo("lighting/l0001");
        assertThat(lamp.getString("lightingClass")).isEqualTo("M3");
        assertThat(lamp.getJsonObject("values").keySet()).contains("On_Off_Status", "Luminance_Command", "Electrical_Power_Sensor");
        // main roads: 100 % from dusk, 70 % from 23:00, 100 % from 05:30, off at dawn (a Burgas night always spans 23:00 and 05:30)
        assertThat(lamp.getJsonArray("tonight").getValuesAs(JsonObject.class)).extracting(s -> s.getInt("level")).containsExactly(100, 70, 100, 0);

        assertThat(api.get(LAMPS, "milan.admin").status()).as("another city's administrator").isEqualTo(403);
        assertThat(api.get(LAMPS + "/BUR-0001", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.get(LAMPS + "/BUR-9999", "burgas.viewer").status()).isEqualTo(404);
    }

    @Test
    void aBadInventoryIsRefusedWholeWithItsLinesAndAGoodOneIsImportedAndExported() throws Exception {
        Api api = new Api(base);
        int before = states(api).size();
        String bad = HEADER
                + "BUR-9001,residential,42.5,27.47,ул. Нова,,FP-90,1,,,LED 30 W,30,,,,,\n"
                + "BUR-9002,parks,42.5,27.47,ул. Нова,,FP-90,1,,,LED 30 W,thirty,,,,,\n"
                + "BUR-9003,residential,42.5,27.47,ул. Нова,,FP-90,1,,lighting/l0001,LED 30 W,30,,,,,\n";
        Api.Answer refused = api.post(INVENTORY, "burgas.admin", "text/csv", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("line 3, column group: there is no group parks; use one of: junctions, main-roads, pedestrian, residential")
                .contains("line 3, column rated_w: ’thirty’ is not a number")
                .contains("the controller asset lighting/l0001 of BUR-9003 belongs to the lamppost BUR-0001");
        assertThat(states(api)).as("nothing of a refused file is stored").hasSize(before).doesNotContainKey("BUR-9001");

        String good = HEADER
                + "BUR-9001,residential,42.4971,27.4712,ул. Нова,Център,FP-90,1,Zhaga D4i node 9001,,LED 30 W,30,3900,SON-T 70 W,83,2025-06-01,wifi;cctv\n";
        assertThat(api.post(INVENTORY, "burgas.operator", "text/csv", good).status()).as("operators do not keep the inventory").isEqualTo(403);
        assertThat(api.post("/api/cities/burgas/lighting/inventory", "milan.admin", "text/csv", good).status()).isEqualTo(403);
        JsonObject imported = api.post(INVENTORY, "burgas.admin", "text/csv", good).json().asJsonObject();
        assertThat(imported.getInt("lamps")).isEqualTo(1);
        assertThat(states(api)).containsEntry("BUR-9001", "no-communication");

        String csv = api.get(INVENTORY, "burgas.viewer", "text/csv").body();
        assertThat(csv).contains("BUR-9001,residential,42.4971,27.4712,ул. Нова,Център,FP-90,1,Zhaga D4i node 9001,,LED 30 W,30,3900,SON-T 70 W,83,2025-06-01,cctv;wifi");
        JsonObject geoJson = api.get(INVENTORY, "burgas.viewer", "application/geo+json").json().asJsonObject();
        JsonObject feature = geoJson.getJsonArray("features").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals("BUR-9001")).findFirst().orElseThrow();
        assertThat(feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue()).as("longitude first").isEqualTo(27.4712);
        assertThat(api.get(INVENTORY, "milan.viewer", "text/csv").status()).isEqualTo(403);
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select actor, after_state from audit_entry where action = 'lighting.inventory.imported' order by id desc limit 1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("actor")).isEqualTo("burgas.admin");
            assertThat(rows.getString("after_state")).isEqualTo("upload: 1 lampposts, 1 new, 0 changed");
        }
    }

    @Test
    void theScheduleBringsEveryLampToItsLevelAndAnOverrideHoldsOneUntilItIsEnded() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        Eventually.await(Duration.ofSeconds(60), () -> !"no-communication".equals(states(api).get("BUR-0003")));
        assertThat(api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.viewer").status()).isEqualTo(403);
        assertThat(api.post("/api/cities/burgas/lighting/schedule/apply", "milan.operator").status()).isEqualTo(403);

        JsonObject pass = api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.operator").json().asJsonObject();
        assertThat(pass.getInt("lamps")).isGreaterThanOrEqualTo(500);
        assertThat(pass.getInt("withoutController")).as("lighting/l0004 and on have no points in the tests").isEqualTo(pass.getInt("lamps") - 3);
        assertThat(pass.getInt("confirmed") + pass.getInt("unchanged")).as(pass.toString()).isEqualTo(3);
        assertThat(pass.getInt("failed")).isZero();

        Api.Answer refused = api.postJson("/api/cities/burgas/lighting/overrides", "burgas.operator",
                "{\"target\": \"lamp\", \"code\": \"BUR-0002\", \"level\": 130, \"minutes\": 10, \"reason\": \"roadworks\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("level: ’130’ is not a level; give a whole percentage from 0 (off) to 100");
        String override = "{\"target\": \"lamp\", \"code\": \"BUR-0002\", \"level\": 30, \"minutes\": 10, \"reason\": \"roadworks\"}";
        assertThat(api.postJson("/api/cities/burgas/lighting/overrides", "burgas.viewer", override).status()).isEqualTo(403);
        assertThat(api.postJson("/api/cities/burgas/lighting/overrides", "milan.operator", override).status()).isEqualTo(403);
        long id = api.postJson("/api/cities/burgas/lighting/overrides", "burgas.operator", override).json().asJsonObject().getJsonNumber("id").longValue();

        JsonObject held = api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.operator").json().asJsonObject();
        assertThat(held.getInt("confirmed")).as(held.toString()).isEqualTo(1);
        JsonObject command = lastScheduleCommand(api, "burgas.lighting.l0002.dim-level");
        assertThat(command.getString("status")).isEqualTo("CONFIRMED");
        assertThat(command.getJsonNumber("readBack").doubleValue()).as("read back from the controller").isEqualTo(30.0);
        assertThat(command.getString("reason")).contains("override of lamppost BUR-0002");
        Eventually.await(Duration.ofSeconds(20), () -> level(api, "BUR-0002") == 30.0);
        assertThat(api.get("/api/cities/burgas/lighting/overrides", "burgas.viewer").body()).contains("roadworks").contains("burgas.operator");

        assertThat(api.delete("/api/cities/burgas/lighting/overrides/" + id, "burgas.viewer").status()).isEqualTo(403);
        assertThat(api.delete("/api/cities/burgas/lighting/overrides/" + id, "burgas.operator").status()).isEqualTo(204);
        api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.operator");
        // BUR-0001 and BUR-0002 are on the same main road: without the override they burn alike again
        Eventually.await(Duration.ofSeconds(20), () -> level(api, "BUR-0002") == level(api, "BUR-0001"));
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select action, actor from audit_entry where target = 'lighting/lamp/BUR-0002' order by id");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("action") + " by " + rows.getString("actor")).isEqualTo("lighting.override.set by burgas.operator");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("action")).isEqualTo("lighting.override.ended");
        }
    }

    @Test
    void aLampThatGoesDarkWhenItShouldBurnIsAnAlarmUntilItIsRepaired() throws Exception {
        Api api = new Api(base);
        api.awaitConnected(CITY);
        Eventually.await(Duration.ofSeconds(60), () -> !"no-communication".equals(states(api).get("BUR-0003")));
        String failure = "Street light: lamp failure (BUR-0003)";
        assertThat(api.post("/api/cities/burgas/lighting/faults/check", "burgas.viewer").status()).isEqualTo(403);
        assertThat(api.post("/api/cities/burgas/lighting/faults/check", "milan.operator").status()).isEqualTo(403);
        // held on, whatever the time of day, so that it should burn
        long held = api.postJson("/api/cities/burgas/lighting/overrides", "burgas.operator",
                "{\"target\": \"lamp\", \"code\": \"BUR-0003\", \"level\": 100, \"minutes\": 10, \"reason\": \"lamp test\"}")
                .json().asJsonObject().getJsonNumber("id").longValue();
        try {
            // burning at 100 % before it breaks: by day the schedule had it off, and the override's command must have reached it
            Eventually.await(Duration.ofSeconds(60), () -> {
                api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.operator");
                return level(api, "BUR-0003") == 100.0 && "on".equals(states(api).get("BUR-0003"));
            });
            Eventually.await(Duration.ofSeconds(20), () -> !api.post("/api/cities/burgas/lighting/faults/check", "burgas.operator").body().contains(failure));

            TestControllers.lamp(CITY, 3).broken(true); // dark, while its controller says it is on at 100 %
            Eventually.await(Duration.ofSeconds(20), () -> api.post("/api/cities/burgas/lighting/faults/check", "burgas.operator").body().contains(failure));
            JsonObject alarm = api.get("/api/cities/burgas/alarms", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("rule").equals(failure)).findFirst().orElseThrow();
            assertThat(alarm.getString("state")).isEqualTo("ACTIVE_UNACKNOWLEDGED");
            assertThat(alarm.getString("priority")).isEqualTo("MEDIUM");
            assertThat(api.get("/api/cities/milan/alarms", "milan.viewer").body()).doesNotContain("BUR-0003");
            JsonObject order = dataOrderFor(api, "BUR-0003");
            assertThat(order.getString("status")).as("opened by the data, for an operator to assign").isEqualTo("OPEN");
            assertThat(order.getString("priority")).isEqualTo("MEDIUM");
            assertThat(order.getString("description")).as("said in the city's language").startsWith("консумира 0 W");

            TestControllers.lamp(CITY, 3).broken(false);
            Eventually.await(Duration.ofSeconds(20), () -> !api.post("/api/cities/burgas/lighting/faults/check", "burgas.operator").body().contains(failure));
            assertThat(api.get("/api/cities/burgas/alarms", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("rule").equals(failure)).findFirst().orElseThrow().getString("state"))
                    .as("cleared by the data, waiting to be acknowledged").isEqualTo("CLEARED_UNACKNOWLEDGED");
            long id = order.getJsonNumber("id").longValue();
            assertThat(api.get("/api/cities/burgas/lighting/work-orders", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("status"))
                    .as("nobody was sent: the data close their own order").isEqualTo("VERIFIED");
            assertThat(api.get("/api/cities/burgas/lighting/work-orders/" + id + "/notes", "burgas.viewer").body()).contains("затворена от данните");
        } finally {
            TestControllers.lamp(CITY, 3).broken(false);
            api.delete("/api/cities/burgas/lighting/overrides/" + held, "burgas.operator");
        }
    }

    private static JsonObject dataOrderFor(Api api, String lamppost) {
        return api.get("/api/cities/burgas/lighting/work-orders", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> lamppost.equals(o.getString("lamppost", null)) && !o.getString("status").equals("VERIFIED")).findFirst().orElseThrow();
    }

    @Test
    void energyGroupsAndTheProgrammeAreEachCitysOwn() throws Exception {
        Api api = new Api(base);
        JsonObject energy = api.get("/api/cities/burgas/lighting/energy", "burgas.viewer").json().asJsonObject();
        assertThat(energy.getJsonArray("months")).hasSize(12);
        assertThat(energy.getJsonObject("groups").keySet()).containsExactlyInAnyOrder("junctions", "main-roads", "pedestrian", "residential");
        JsonObject total = energy.getJsonObject("total");
        // the demo's LEDs draw 60 W where the replaced lamps drew 116 to 277 W, and are dimmed at night: more than half saved
        assertThat(total.getJsonNumber("savingShare").doubleValue()).isBetween(0.5, 0.9);
        assertThat(total.getJsonNumber("kwh").doubleValue() + total.getJsonNumber("savedKwh").doubleValue())
                .isCloseTo(total.getJsonNumber("baselineKwh").doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(api.get("/api/cities/burgas/lighting/energy?months=-1", "burgas.viewer").status()).isEqualTo(400);
        JsonObject lamp = api.get("/api/cities/burgas/lighting/energy?perLamp=true", "burgas.viewer").json().asJsonObject()
                .getJsonObject("lamps").getJsonObject("BUR-0001");
        // LED 60 W on main roads against a SON-T 150 W drawing 168 W: the replaced lamp's energy is 168/60 of the LED's at full power for longer
        assertThat(lamp.getJsonNumber("baselineKwh").doubleValue()).isGreaterThan(2.8 * lamp.getJsonNumber("kwh").doubleValue());

        JsonObject mine = api.get("/api/lighting/programme", "burgas.viewer").json().asJsonObject();
        assertThat(mine.getJsonObject("lampposts").keySet()).as("a city's viewer counts their city only").containsExactly("burgas");
        JsonObject all = api.get("/api/lighting/programme", "consortium.admin").json().asJsonObject();
        assertThat(all.getJsonObject("lampposts").keySet()).hasSize(6);
        assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3000);
        assertThat(all.getBoolean("goalMet")).isTrue();
        assertThat(api.get("/api/lighting/programme", null).status()).isEqualTo(401);

        for (String path : List.of("energy", "groups", "overrides", "inventory")) {
            assertThat(api.get("/api/cities/burgas/lighting/" + path, "milan.viewer").status()).as(path).isEqualTo(403);
        }
        assertThat(api.get("/api/cities/burgas/lighting/groups", "burgas.viewer").body()).contains("\"lightingClass\":\"M3\"")
                .contains("\"profile\":\"100; 23:00 70; 05:30 100\"");

        String group = "/api/cities/burgas/lighting/groups/pedestrian";
        assertThat(api.putJson(group, "burgas.operator", "{\"profile\": \"100; 22:30 30\"}").status()).as("administrators keep the groups").isEqualTo(403);
        assertThat(api.putJson(group, "milan.admin", "{\"profile\": \"100; 22:30 30\"}").status()).isEqualTo(403);
        Api.Answer bad = api.putJson(group, "burgas.admin", "{\"profile\": \"100; 05:00 30; 22:30 60\", \"lightingClass\": \"P3\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("22:30 comes before 05:00 in the night");
        JsonObject pedestrian = api.get("/api/cities/burgas/lighting/groups", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("code").equals("pedestrian")).findFirst().orElseThrow();
        assertThat(pedestrian.getString("profile") + " " + pedestrian.getString("lightingClass")).as("nothing of a refused change")
                .isEqualTo("100; 23:00 40; 06:00 100 P2");
        JsonObject changed = api.putJson(group, "burgas.admin", "{\"profile\": \"100; 22:30 30\", \"duskOffsetMinutes\": 10}").json().asJsonObject();
        assertThat(changed.getString("profile")).isEqualTo("100; 22:30 30");
        assertThat(changed.getInt("duskOffsetMinutes")).isEqualTo(10);
        assertThat(changed.getString("lightingClass")).as("left as it was").isEqualTo("P2");
        api.putJson(group, "burgas.admin", "{\"profile\": \"100; 23:00 40; 06:00 100\", \"duskOffsetMinutes\": 0}");
    }

    private static JsonObject lastScheduleCommand(Api api, String point) {
        return api.get("/api/cities/burgas/commands", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("point").equals(point) && c.getString("requestedBy").equals("lighting:schedule")).findFirst().orElseThrow();
    }

    private static double level(Api api, String lamp) {
        JsonObject values = api.get(LAMPS + "/" + lamp, "burgas.viewer").json().asJsonObject().getJsonObject("values");
        return values.containsKey("Luminance_Command") ? values.getJsonObject("Luminance_Command").getJsonNumber("value").doubleValue() : -1;
    }

    private static Map<String, String> states(Api api) {
        return states(api, CITY, "burgas.viewer");
    }

    private static Map<String, String> states(Api api, String city, String user) {
        JsonArray lamps = api.get("/api/cities/" + city + "/lighting/lamps", user).json().asJsonObject().getJsonArray("lamps");
        return lamps.stream().map(JsonValue::asJsonArray).collect(Collectors.toMap(l -> l.getString(0), l -> l.getString(3)));
    }
}
