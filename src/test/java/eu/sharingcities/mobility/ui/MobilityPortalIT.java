package eu.sharingcities.mobility.ui;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mobility page in Chromium: Lisbon's stations and stops as layers of the map, today's hubs in
 * their table, the KPIs charted with their method and a CSV to download, in Portuguese; another
 * city's viewer and a partner are refused.
 */
class MobilityPortalIT extends DeployedPlatform {

    @Test
    void aViewerSeesStationsStopsHubsAndTheKpis() throws Exception {
        Api api = new Api(base);
        Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/cities/lisbon/mobility/stations", "lisbon.viewer").json().asJsonArray().size() == 24);
        int hubs = api.get("/api/cities/lisbon/mobility/hubs", "lisbon.viewer").json().asJsonArray().size();
        try (Browser browser = new Browser(base, "pt-PT")) {
            browser.signIn("lisbon.viewer", "demo");
            browser.waitForPath("/lisbon");
            browser.open("/lisbon/mobility");
            browser.waitForContent(By.id("mobility-summary"), "24 estações");
            browser.waiting(Duration.ofSeconds(30)).until(d -> "24".equals(String.valueOf(
                    browser.script("return document.querySelectorAll('#mobility-map path.map-bike-station').length"))));
            assertThat(browser.script("return document.querySelectorAll('#mobility-map path.map-transit-stop').length")).as("the demo's 11 stops")
                    .isEqualTo(11L);
            assertThat(browser.script("return document.querySelectorAll('#mobility-map path.map-hub').length")).as("hubs drawn larger")
                    .isEqualTo((long) hubs);
            assertThat(browser.script("return document.querySelector('#mobility-map .leaflet-control-layers').textContent")).asString()
                    .contains("Estações de bicicletas").contains("Paragens de transportes públicos");
            assertThat(browser.script("return document.querySelectorAll('#mobility-hubs vaadin-grid-cell-content').length")).as("a row per hub")
                    .isNotEqualTo(0L);
            browser.waitForContent(By.id("mobility-hubs"), "Polos de mobilidade hoje");
            browser.waitForContent(By.id("kpi-method"), "carrinha do operador");
            browser.waitForContent(By.id("kpi-table"), "Toda a cidade");
            assertThat(browser.script("return document.querySelectorAll('#mobility-kpis .platform-chart').length")).isEqualTo(5L);
            assertThat(browser.script("return document.getElementById('kpi-csv').getAttribute('href')")).asString().isNotBlank();
            browser.screenshot("mobility-page");
        }
        try (Browser other = new Browser(base, "en-GB")) {
            other.signIn("milan.viewer", "demo");
            other.waitForPath("/milan");
            other.open("/lisbon/mobility");
            other.waitFor(By.cssSelector(".no-access h1"));
        }
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/milan/mobility");
            partner.waitFor(By.cssSelector(".no-access h1"));
        }
    }
}
