package eu.sharingcities.lighting;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestControllers;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street light's repair from its fault to the data's verdict: Burgas's operator opens a work order
 * for a lamp that went dark, assigns it to the city's maintenance contractor, whose user sees only
 * the orders assigned to it, starts and fixes it; the order closes only when the data show the lamp
 * burning again, and the contractor's time to repair counts against the street's SLA.
 */
class WorkOrdersIT extends DeployedPlatform {

    private static final String ORDERS = "/api/cities/burgas/lighting/work-orders";

    @Test
    void aWorkOrderGoesFromAFaultToTheContractorAndOnlyTheDataCloseIt() throws Exception {
        Api api = new Api(base);
        api.awaitConnected("burgas");
        Eventually.await(Duration.ofSeconds(60), () -> !api.get("/api/cities/burgas/lighting/lamps/BUR-0002", "burgas.viewer").json().asJsonObject()
                .getString("state").equals("no-communication"));
        long held = api.postJson("/api/cities/burgas/lighting/overrides", "burgas.operator",
                "{\"target\": \"lamp\", \"code\": \"BUR-0002\", \"level\": 100, \"minutes\": 10, \"reason\": \"repair test\"}")
                .json().asJsonObject().getJsonNumber("id").longValue();
        try {
            // burning at 100 % before it breaks: by day the schedule had it off, and the override's command must have reached it
            Eventually.await(Duration.ofSeconds(60), () -> {
                api.post("/api/cities/burgas/lighting/schedule/apply", "burgas.operator");
                return api.get("/api/cities/burgas/lighting/lamps/BUR-0002", "burgas.viewer").json().asJsonObject().getString("state").equals("on");
            });
            TestControllers.lamp("burgas", 2).broken(true);
            Eventually.await(Duration.ofSeconds(20), () -> api.post("/api/cities/burgas/lighting/faults/check", "burgas.operator").body()
                    .contains("Street light: lamp failure (BUR-0002)"));

            String order = "{\"lamppost\": \"BUR-0002\", \"fault\": \"LAMP_FAILURE\", \"description\": \"dark while it should burn\"}";
            assertThat(api.postJson(ORDERS, "burgas.viewer", order).status()).isEqualTo(403);
            assertThat(api.postJson(ORDERS, "burgas.contractor", order).status()).as("contractors do not open orders").isEqualTo(403);
            Api.Answer unknown = api.postJson(ORDERS, "burgas.operator", "{\"lamppost\": \"BUR-0002\", \"fault\": \"BROKEN\", \"description\": \"x\"}");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("fault: ’BROKEN’ is not a fault; use one of: REPORTED, LAMP_FAILURE");
            // the fault opened its own order; a second one for the same lamppost is refused and names the first
            JsonObject byData = api.get(ORDERS, "burgas.operator").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(o -> "BUR-0002".equals(o.getString("lamppost", null)) && !o.getString("status").equals("VERIFIED"))
                    .findFirst().orElseThrow();
            assertThat(byData.getString("openedBy")).isEqualTo("lighting:data");
            assertThat(byData.getString("fault")).isEqualTo("LAMP_FAILURE");
            long id = byData.getJsonNumber("id").longValue();
            Api.Answer twice = api.postJson(ORDERS, "burgas.operator", order);
            assertThat(twice.status()).isEqualTo(400);
            assertThat(twice.body()).contains("BUR-0002 has work order #" + id + " already (OPEN); add a note to it");
            // a lamppost without an order of the data's (the simulator's lamps fail by themselves now and then)
            String knocked = java.util.stream.IntStream.rangeClosed(100, 120).mapToObj(n -> "BUR-0" + n)
                    .filter(code -> !api.get(ORDERS, "burgas.operator").body().contains("\"lamppost\":\"" + code + "\"")).findFirst().orElseThrow();
            long other = api.postJson(ORDERS, "burgas.operator", "{\"lamppost\": \"" + knocked + "\", \"description\": \"knocked by a van\"}")
                    .json().asJsonObject().getJsonNumber("id").longValue();
            JsonObject opened = find(api, "burgas.operator", id);
            assertThat(opened.getString("status")).isEqualTo("OPEN");
            assertThat(opened.getString("priority")).isEqualTo("MEDIUM");
            // main roads: repaired within 24 h (the demo group's repair hours)
            assertThat(Duration.between(java.time.Instant.parse(opened.getString("openedAt")), java.time.Instant.parse(opened.getString("dueAt"))))
                    .isEqualTo(Duration.ofHours(24));
            assertThat(api.get(ORDERS, "burgas.contractor").body()).as("nothing assigned to it yet").isEqualTo("[]");

            Api.Answer wrong = api.postJson(ORDERS + "/" + id + "/assign", "burgas.operator", "{\"contractor\": \"lumen-services\"}");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("lumen-services is not a maintenance contractor of burgas; choose one of: svetlina-servis");
            assertThat(api.postJson(ORDERS + "/" + id + "/assign", "burgas.operator", "{\"contractor\": \"svetlina-servis\"}").status()).isEqualTo(204);

            assertThat(api.get(ORDERS, "burgas.contractor").json().asJsonArray().getValuesAs(JsonObject.class))
                    .as("the contractor sees its order and not the city's others").extracting(o -> o.getJsonNumber("id").longValue()).containsExactly(id);
            assertThat(api.get(ORDERS, "london.contractor").status()).as("another city's contractor").isEqualTo(403);
            assertThat(api.post(ORDERS + "/" + other + "/start", "burgas.contractor").status()).as("an order not assigned to it").isEqualTo(404);
            assertThat(api.post(ORDERS + "/" + id + "/start", "burgas.contractor").status()).isEqualTo(204);
            assertThat(api.postJson(ORDERS + "/" + id + "/fixed", "burgas.contractor", "{\"text\": \" \"}").status()).isEqualTo(400);
            assertThat(api.postJson(ORDERS + "/" + id + "/fixed", "burgas.contractor", "{\"text\": \"driver replaced\"}").status()).isEqualTo(204);

            JsonObject notYet = api.post(ORDERS + "/" + id + "/verify", "burgas.operator").json().asJsonObject();
            assertThat(notYet.getBoolean("verified")).as("still dark: the data say no").isFalse();
            assertThat(notYet.getString("why")).startsWith("BUR-0002: the data still show it: draws 0 W");
            assertThat(find(api, "burgas.operator", id).getString("status")).isEqualTo("FIXED");

            TestControllers.lamp("burgas", 2).broken(false);
            // the operator's "verify now", or the platform's own check after a look for faults, whichever comes first
            Eventually.await(Duration.ofSeconds(20), () -> find(api, "burgas.operator", id).getString("status").equals("VERIFIED")
                    || api.post(ORDERS + "/" + id + "/verify", "burgas.operator").body().contains("\"verified\":true"));
            assertThat(find(api, "burgas.contractor", id).getString("status")).isEqualTo("VERIFIED");
            JsonObject times = api.get(ORDERS + "/repair-times", "burgas.viewer").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("contractor").equals("svetlina-servis")).findFirst().orElseThrow();
            assertThat(times.getInt("verified")).isGreaterThanOrEqualTo(1);
            assertThat(times.getJsonNumber("withinSla").doubleValue()).isEqualTo(1.0);
            assertThat(api.get(ORDERS + "/" + id + "/notes", "burgas.contractor").body()).contains("driver replaced");
            photos(api, id);
            contractorsPage(knocked);
            try (var db = TestDatabase.connect(); var st = db.createStatement()) {
                st.execute("select set_config('platform.cities', '*', false)");
                var rows = st.executeQuery("select actor from audit_entry where target = 'lighting/work-order/" + id + "' and action = "
                        + "'lighting.work-order.in-progress'");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("burgas.contractor");
            }
        } finally {
            TestControllers.lamp("burgas", 2).broken(false);
            api.delete("/api/cities/burgas/lighting/overrides/" + held, "burgas.operator");
        }
    }

    /** The contractor's Work orders page shows its order and not the city's other; another city's contractor does not get the page. */
    private void contractorsPage(String notMine) throws Exception {
        try (Browser browser = new Browser(base, "bg-BG")) {
            browser.signIn("burgas.contractor", "demo");
            browser.waitForPath("/burgas/work-orders"); // a contractor's first page: it has no condominiums
            browser.waitForContent(By.id("work-orders"), "BUR-0002");
            assertThat(browser.pageText()).doesNotContain(notMine);
            browser.click(By.xpath("//vaadin-grid-cell-content[text()='BUR-0002']"));
            browser.waitFor(By.cssSelector("#work-order-notes img.work-order-photo"));
            assertThat(browser.script("const img = document.querySelector('#work-order-notes img.work-order-photo');"
                    + " return img.complete && img.naturalWidth")).as("the photo is shown").isEqualTo(1L);
            assertThat(browser.script("return document.getElementById('repair-times') === null")).as("the city's figures are staff's").isEqualTo(true);
        }
        try (Browser other = new Browser(base, "en-GB")) {
            other.signIn("london.contractor", "demo");
            other.waitForPath("/london/work-orders");
            other.open("/burgas/work-orders");
            other.waitFor(By.cssSelector(".no-access h1"));
        }
    }

    /** A photo sent by the contractor is the order's, seen by its city's staff and not by another city's contractor; a PDF is refused. */
    private static void photos(Api api, long id) throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Api.Answer pdf = api.postBytes(ORDERS + "/" + id + "/photos", "burgas.contractor", "application/pdf", png);
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body()).contains("a photo is a JPEG or PNG of at most 5 MB");
        assertThat(api.postBytes(ORDERS + "/" + id + "/photos", "burgas.contractor", "image/png", png).status()).isEqualTo(204);
        long note = api.get(ORDERS + "/" + id + "/notes", "burgas.contractor").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getBoolean("hasPhoto")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String photo = ORDERS + "/" + id + "/notes/" + note + "/photo";
        Api.Answer seen = api.get(photo, "burgas.viewer");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.contentType()).startsWith("image/png");
        assertThat(api.get(photo, "london.contractor").status()).isEqualTo(403);
        assertThat(api.get(photo, "milan.operator").status()).isEqualTo(403);
        assertThat(api.get(ORDERS + "/" + id + "/notes/" + (note + 1000) + "/photo", "burgas.viewer").status()).isEqualTo(404);
    }

    private static JsonObject find(Api api, String user, long id) {
        return api.get(ORDERS, user).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }
}
