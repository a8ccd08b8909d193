package eu.sharingcities.mobility.transit;

import eu.sharingcities.simulator.DemoTransitFeed;
import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each city's timetable (the demo's GTFS feed) gives its stops' departures per hour, and its bike
 * stations near frequent stops are its mobility hubs; only its administrators replace the
 * timetable, a broken feed is refused whole with its lines and fixes, another city sees nothing.
 */
class TransitIT extends DeployedPlatform {

    @Test
    void theDemoTimetableMakesTheStationsAtTheMainRoadsHubs() throws Exception {
        Api api = new Api(base);
        // Tuesday 1 December 2026, 08:00–08:59: both lines start at the stop they share, every 10 minutes: 2 × 6
        JsonObject shared = api.get("/api/cities/london/mobility/stops?date=2026-12-01", "london.viewer").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("id").equals("s-0-1")).findFirst().orElseThrow();
        assertThat(shared.getJsonArray("departuresPerHour").getInt(8)).isEqualTo(12);
        assertThat(api.get("/api/cities/london/mobility/stops?date=1%20Dec", "london.viewer").body())
                .contains("date: ’1 Dec’ is not a day; write YYYY-MM-DD");
        assertThat(api.get("/api/cities/london/mobility/stops", "milan.viewer").status()).isEqualTo(403);

        Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/cities/london/mobility/stations", "london.viewer").json().asJsonArray().size() == 24);
        // the 24 stations stand at the crossings of four east–west and six north–south streets; the lines run along the first of each:
        // the six stations on the first east–west street and the three more on the first north–south one are 13 m from a stop
        List<JsonObject> hubs = api.get("/api/cities/london/mobility/hubs?date=2026-12-01", "london.viewer").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(hubs).hasSize(9).allSatisfy(h -> {
            assertThat(h.getJsonNumber("metres").doubleValue()).isBetween(13.0, 14.0);
            assertThat(h.getInt("peakDeparturesPerHour")).isIn(6, 12);
        });
        assertThat(api.get("/api/cities/london/mobility/hubs?radius=5000", "london.viewer").status()).isEqualTo(400);
    }

    @Test
    void onlyTheCitysAdministratorsReplaceItsTimetableAndABrokenFeedIsRefusedWhole() throws Exception {
        Api api = new Api(base);
        byte[] demo = DemoTransitFeed.zip("bordeaux");
        assertThat(api.postBytes("/api/cities/bordeaux/mobility/gtfs", "bordeaux.viewer", "application/zip", demo).status()).isEqualTo(405);
        assertThat(put(api, "bordeaux.operator", demo).status()).isEqualTo(403);
        assertThat(put(api, "milan.admin", demo).status()).isEqualTo(403);
        byte[] broken = eu.sharingcities.testsupport.Zips.of(java.util.Map.of(
                "agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nx,X,https://x.example.org,Europe/Paris\n",
                "stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,Quai,north,-0.55\n",
                "routes.txt", "route_id,route_type\nR,3\n",
                "calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nW,1,1,1,1,1,0,0,20260101,20261231\n",
                "trips.txt", "route_id,service_id,trip_id\nR,W,T\n",
                "stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT,08:00:00,08:00:00,A,1\n"));
        Api.Answer refused = put(api, "bordeaux.admin", broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("stops.txt, line 2: stop_lat 'north' is not a number from -90 to 90");
        assertThat(api.get("/api/cities/bordeaux/mobility/stops", "bordeaux.viewer").json().asJsonArray()).as("the demo's timetable stays").hasSize(11);
        Api.Answer replaced = put(api, "bordeaux.admin", demo);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().asJsonObject().getInt("stops")).isEqualTo(11);
    }

    private Api.Answer put(Api api, String user, byte[] zip) throws Exception {
        return api.putBytes("/api/cities/bordeaux/mobility/gtfs", user, "application/zip", zip);
    }
}
