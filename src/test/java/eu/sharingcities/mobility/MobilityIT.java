package eu.sharingcities.mobility;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform reads each city's bike-share operator (the simulated ones: London's GBFS 3.0,
 * Warsaw's 2.3) into stations and vehicles its staff see and other cities' do not; only the city's
 * administrators change an operator's feed, a bad address is refused with the fix, and the change is
 * audited.
 */
class MobilityIT extends DeployedPlatform {

    @Test
    void eachCitysOperatorIsReadIntoItsStationsAndVehicles() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> stations(api, "london").size() == 24 && stations(api, "warsaw").size() == 24);
        assertThat(stations(api, "london")).extracting(s -> s.getString("name")).contains("Trafalgar Road / Woolwich Road");
        assertThat(stations(api, "warsaw")).extracting(s -> s.getString("name")).contains("ul. Targowa / ul. Ząbkowska");
        JsonObject station = stations(api, "london").getFirst();
        assertThat(station.getInt("vehiclesAvailable") + station.getInt("vehiclesDisabled") + station.getInt("docksAvailable"))
                .isEqualTo(station.getInt("capacity"));
        Eventually.await(Duration.ofSeconds(30), () -> !vehicles(api, "warsaw").isEmpty());
        assertThat(vehicles(api, "london")).isNotEmpty().allSatisfy(v -> assertThat(v.getJsonNumber("fuel").doubleValue()).isBetween(0.0, 1.0));

        JsonObject operator = api.get("/api/cities/london/mobility/operators", "london.viewer").json().asJsonArray().getJsonObject(0);
        assertThat(operator.getString("version")).isEqualTo("3.0");
        assertThat(operator.getJsonArray("files").getValuesAs(JsonObject.class)).extracting(f -> f.getString("file"))
                .contains("gbfs", "station_information", "station_status", "vehicle_status");
        assertThat(api.get("/api/cities/warsaw/mobility/operators", "warsaw.viewer").json().asJsonArray().getJsonObject(0).getString("version"))
                .isEqualTo("2.3");

        assertThat(api.get("/api/cities/london/mobility/stations", "milan.viewer").status()).as("another city's").isEqualTo(403);
        assertThat(api.get("/api/cities/london/mobility/vehicles", "milan.admin").status()).isEqualTo(403);
        assertThat(api.get("/api/cities/london/mobility/operators", "london.contractor").status()).as("a partner").isEqualTo(403);
    }

    @Test
    void onlyTheCitysAdministratorsChangeAnOperatorsFeed() throws Exception {
        Api api = new Api(base);
        String path = "/api/cities/bordeaux/mobility/operators/velo-bastide";
        String good = "{\"name\": \"Vélo Bastide\", \"discoveryUrl\": \"https://velo.example/gbfs/gbfs.json\", \"language\": \"fr\", \"enabled\": false}";
        assertThat(api.putJson(path, "bordeaux.operator", good).status()).isEqualTo(403);
        assertThat(api.putJson(path, "milan.admin", good).status()).isEqualTo(403);
        Api.Answer bad = api.putJson(path, "bordeaux.admin", good.replace("https://velo.example/gbfs/gbfs.json", "velo.example/gbfs.json"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("discoveryUrl: ’velo.example/gbfs.json’ is not the address of a feed; give its gbfs.json as http:// or https://");
        assertThat(api.putJson(path.replace("velo-bastide", "Vélo"), "bordeaux.admin", good).status()).isEqualTo(400);
        assertThat(api.get("/api/cities/bordeaux/mobility/operators", "bordeaux.viewer").body()).as("nothing stored from refusals")
                .doesNotContain("velo-bastide");

        assertThat(api.putJson(path, "bordeaux.admin", good).status()).isEqualTo(200);
        assertThat(api.get("/api/cities/bordeaux/mobility/operators", "bordeaux.viewer").body()).contains("\"code\":\"velo-bastide\"")
                .contains("\"enabled\":false");
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rows = st.executeQuery("select actor, after_state from audit_entry where action = 'mobility.operator.saved' and target = "
                    + "'mobility/operator/velo-bastide'");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("bordeaux.admin");
            assertThat(rows.getString(2)).contains("https://velo.example/gbfs/gbfs.json");
        }
    }

    private static List<JsonObject> stations(Api api, String city) {
        return api.get("/api/cities/" + city + "/mobility/stations", city + ".viewer").json().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> vehicles(Api api, String city) {
        return api.get("/api/cities/" + city + "/mobility/vehicles", city + ".viewer").json().asJsonArray().getValuesAs(JsonObject.class);
    }
}
