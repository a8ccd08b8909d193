package eu.sharingcities.partners;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import jakarta.json.JsonObject;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners' results show the platform's own measurements — the same figure the city's page shows,
 * following it when it changes — or say the partner declared it; only the organisation's people
 * write its results, only consortium staff publish them, only follower cities' administrators
 * declare their replication.
 */
class ResultsIT extends DeployedPlatform {

    @Test
    void aResultsFiguresAreThePlatformsMeasurementsNotRetyped() throws Exception {
        Api api = new Api(base);
        JsonObject building = figure(api, "Deep retrofit of a Porta Romana condominium");
        JsonObject b001 = api.get("/api/cities/milan/buildings", "milan.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("code").equals("b001")).findFirst().orElseThrow();
        assertThat(building.getBoolean("measured")).isTrue();
        assertThat(building.getJsonNumber("value").doubleValue()).as("the building page's own figure")
                .isCloseTo(b001.getJsonNumber("savingsPercent").doubleValue(), Offset.offset(1e-9));
        assertThat(building.getJsonNumber("uncertainty90").doubleValue()).isCloseTo(b001.getJsonNumber("uncertaintyPercent").doubleValue(),
                Offset.offset(1e-9));
        assertThat(building.getString("method")).contains("IPMVP option C");

        JsonObject spf = figure(api, "Kingston Heights water-source heat pump");
        double page = api.get("/api/cities/london/heat-pumps", "london.viewer").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("spfH2LastTwelveMonths").doubleValue();
        assertThat(spf.getJsonNumber("value").doubleValue()).isCloseTo(page, Offset.offset(1e-9));
        assertThat(spf.getString("method")).contains("SEPEMO H2");

        JsonObject declared = figure(api, "Green bond for Lisbon's retrofits");
        assertThat(declared.getBoolean("measured")).isFalse();
        assertThat(declared.getString("method")).isEqualTo("declared by the partner");
        assertThat(declared.getJsonNumber("value").doubleValue()).isEqualTo(12_500_000.0);
        assertThat(figure(api, "LED main roads of Greenwich").getString("method")).contains("lamps replaced");
    }

    @Test
    void aFigureFollowsTheMeasurementWhenItChanges() throws Exception {
        Api api = new Api(base);
        // Bordeaux's operator stops being read, so its derived trips stand still; then an export of seven trips today replaces today's
        JsonObject operator = api.get("/api/cities/bordeaux/mobility/operators", "bordeaux.viewer").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("code").equals("demo-bikes")).findFirst().orElseThrow();
        String stopped = "{\"name\": \"" + operator.getString("name") + "\", \"discoveryUrl\": \"" + operator.getString("discoveryUrl")
                + "\", \"language\": \"fr\", \"enabled\": false}";
        assertThat(api.putJson("/api/cities/bordeaux/mobility/operators/demo-bikes", "bordeaux.admin", stopped).status()).isEqualTo(200);
        try {
            long[] last = {-1};
            Eventually.await(Duration.ofSeconds(30), () -> {
                long now = kpiTrips(api);
                boolean still = now == last[0];
                last[0] = now;
                Thread.sleep(2_000);
                return still;
            });
            JsonObject trips = figure(api, "E-bikes at Bastide's bus stops");
            assertThat(trips.getJsonNumber("value").longValue()).isEqualTo(kpiTrips(api));
            long known = kpiDays(api).filter(d -> d.getBoolean("operatorTrips") || d.getJsonNumber("knownStationHours").doubleValue() > 0).count();
            assertThat(trips.getString("method")).as("a day nothing was known of counts no trips: the figure says how many were known")
                    .startsWith(known == 30 ? "shared e-bike trips over the last 30 days: " : "shared e-bike trips over the last 30 days (known on " + known + " of them): ");

            ZoneId paris = ZoneId.of("Europe/Paris");
            String at = Instant.now().minusSeconds(600).atZone(paris).toLocalDateTime().withNano(0).toString().replace('T', ' ');
            String station = api.get("/api/cities/bordeaux/mobility/stations", "bordeaux.viewer").json().asJsonArray().getJsonObject(0).getString("id");
            StringBuilder csv = new StringBuilder("ride_id,started_at,ended_at,start_station_id,end_station_id\n");
            for (int i = 1; i <= 7; i++) {
                csv.append("follow-").append(i).append(',').append(at).append(',').append(at).append(',').append(station).append(',').append(station)
                        .append('\n');
            }
            assertThat(api.putBytes("/api/cities/bordeaux/mobility/operators/demo-bikes/trips", "bordeaux.admin", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
            LocalDate today = LocalDate.now(paris);
            JsonObject todays = api.get("/api/cities/bordeaux/mobility/kpis?from=" + today + "&to=" + today, "bordeaux.viewer").json().asJsonObject()
                    .getJsonArray("days").getValuesAs(JsonObject.class).stream().filter(d -> !d.containsKey("district")).findFirst().orElseThrow();
            assertThat(todays.getInt("trips")).isEqualTo(7);
            assertThat(figure(api, "E-bikes at Bastide's bus stops").getJsonNumber("value").longValue()).as("the figure follows").isEqualTo(kpiTrips(api));
        } finally {
            api.putJson("/api/cities/bordeaux/mobility/operators/demo-bikes", "bordeaux.admin", stopped.replace("\"enabled\": false", "\"enabled\": true"));
        }
    }

    @Test
    void onlyItsPeopleWriteAResultOnlyConsortiumStaffPublishItAndFollowerCitiesDeclareReplication() throws Exception {
        Api api = new Api(base);
        String result = """
                {"title": "Heat pumps for Milan's condominiums", "summary": {"it": "Caldaie sostituite."}, "city": "milan", "place": "Corvetto",
                 "started": "2024-03-01", "finished": "2025-02-28", "costEur": 800000,
                 "figures": [{"label": "Homes", "source": "DECLARED", "declaredValue": 240, "declaredUnit": "homes"}],
                 "businessModel": {"valueProposition": "Heat pumps paid from the savings", "customers": "Condominiums on gas",
                                   "revenue": "A heat tariff below the gas bill"}}""";
        assertThat(api.post("/api/partners/organisations/calore-verde/results", "milan.esco", "application/json", result).status())
                .as("another partner's organisation").isEqualTo(403);
        Api.Answer refused = api.post("/api/partners/organisations/calore-verde/results", "milan.esco2", "application/json",
                result.replace("\"DECLARED\", \"declaredValue\": 240", "\"HEAT_PUMP_SPF\", \"declaredValue\": 240"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("figures, 1: HEAT_PUMP_SPF needs its subject");
        assertThat(api.post("/api/partners/organisations/calore-verde/results", "milan.esco2", "application/json",
                result.replace("\"valueProposition\": \"Heat pumps paid from the savings\", ", "")).body())
                .contains("business model: say what value it offers");
        JsonObject created = api.post("/api/partners/organisations/calore-verde/results", "milan.esco2", "application/json", result).json().asJsonObject();
        long id = created.getJsonNumber("id").longValue();
        assertThat(api.get("/api/partners/results/" + id, "milan.esco").status()).as("unpublished").isEqualTo(404);
        assertThat(api.get("/api/partners/results/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/partners/results", null).body()).doesNotContain("Heat pumps for Milan's condominiums");
        assertThat(api.post("/api/partners/results/" + id + "/publish", "milan.esco2").status()).isEqualTo(403);
        assertThat(api.post("/api/partners/results/" + id + "/publish", "consortium.admin").status()).isEqualTo(200);
        JsonObject published = api.get("/api/partners/results/" + id, null).json().asJsonObject();
        assertThat(published.getJsonArray("figures").getJsonObject(0).getString("method")).isEqualTo("declared by the partner");
        assertThat(published.getJsonObject("published").getJsonObject("businessModel").getString("revenue")).isEqualTo("A heat tariff below the gas bill");

        String planning = "{\"status\": \"planning\", \"note\": \"Two condominiums in Praga-Północ.\"}";
        assertThat(api.putJson("/api/partners/results/" + id + "/replication/warsaw", "warsaw.operator", planning).status()).isEqualTo(403);
        assertThat(api.putJson("/api/partners/results/" + id + "/replication/warsaw", "burgas.admin", planning).status()).isEqualTo(403);
        Api.Answer lighthouse = api.putJson("/api/partners/results/" + id + "/replication/milan", "milan.admin", planning);
        assertThat(lighthouse.status()).isEqualTo(400);
        assertThat(lighthouse.body()).contains("is a lighthouse city");
        assertThat(api.putJson("/api/partners/results/" + id + "/replication/warsaw", "warsaw.admin", planning.replace("planning", "dreaming"))
                .status()).isEqualTo(400);
        assertThat(api.putJson("/api/partners/results/" + id + "/replication/warsaw", "warsaw.admin", planning).status()).isEqualTo(200);
        List<JsonObject> replication = api.get("/api/partners/results/" + id, null).json().asJsonObject().getJsonArray("replication")
                .getValuesAs(JsonObject.class);
        assertThat(replication).hasSize(1);
        assertThat(replication.getFirst().getString("city")).isEqualTo("warsaw");
        assertThat(replication.getFirst().getString("status")).isEqualTo("planning");
    }

    /** The first figure of the published result with this title, as the public sees it. */
    private static JsonObject figure(Api api, String title) {
        long id = api.get("/api/partners/results", null).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("published").getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        return api.get("/api/partners/results/" + id, null).json().asJsonObject().getJsonArray("figures").getJsonObject(0);
    }

    /** Bordeaux's trips over the last 30 days by its KPIs, the city's rows. */
    private static long kpiTrips(Api api) {
        return kpiDays(api).mapToLong(d -> d.getInt("trips")).sum();
    }

    /** Bordeaux's KPIs of the last 30 days, the city's rows. */
    private static java.util.stream.Stream<JsonObject> kpiDays(Api api) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return api.get("/api/cities/bordeaux/mobility/kpis?from=" + today.minusDays(29) + "&to=" + today, "bordeaux.viewer").json().asJsonObject()
                .getJsonArray("days").getValuesAs(JsonObject.class).stream().filter(d -> !d.containsKey("district"));
    }
}
