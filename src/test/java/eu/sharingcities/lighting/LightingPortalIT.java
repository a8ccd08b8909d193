package eu.sharingcities.lighting;

import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The street lighting page in Chromium: Burgas's 500 lampposts drawn on the map (clustered), the
 * counts per state, a lamp found by its code, then a neighbour clicked on the map opening in the
 * panel; London's heat pump and bike stations as layers; the groups and the inventory's upload changed only by the city's
 * administrators (a bad profile refused on the page); another city's viewer refused.
 */
class LightingPortalIT extends DeployedPlatform {

    @Test
    void aViewerSeesTheLampsOnTheMapAndOpensOneByItsCodeAndAnotherByAClick() throws Exception {
        try (Browser browser = new Browser(base, "bg-BG")) {
            browser.signIn("burgas.viewer", "demo");
            browser.waitForPath("/burgas");
            browser.open("/burgas/lighting");
            browser.waiting(Duration.ofSeconds(30)).until(d -> {
                Object drawn = browser.script("const map = document.getElementById('lamp-map'); return map && map.getAttribute('data-lamps')");
                return drawn != null && Integer.parseInt(drawn.toString()) >= 500;
            });
            assertThat(browser.script("return document.querySelectorAll('#lamp-map .lamp-cluster').length")).as("zoomed out: clusters")
                    .isNotEqualTo(0L);
            // Бургас opens in Bulgarian
            browser.waitForContent(By.id("lamp-legend"), "стълба");
            browser.waitForContent(By.id("lamps-no-communication"), "няма връзка");
            browser.type(By.id("lamp-find"), "BUR-0001");
            browser.click(By.id("lamp-find-go"));
            browser.waitForContent(By.id("lamp-title"), "BUR-0001 · бул. Демокрация");
            browser.waitForContent(By.id("lamp-inventory"), "Табло FP-01A");
            browser.waitForContent(By.id("lamp-tonight"), "на 70 %");
            browser.waitForContent(By.id("lamp-energy"), "kWh");
            browser.waitForContent(By.id("lighting-energy-since"), "От монтажа (2017-03)"); // the demo's first lampposts went up in March 2017
            // zoomed to BUR-0001: its neighbour across the road is a marker of its own
            By neighbour = By.cssSelector("#lamp-map .lamp-marker span[data-code='BUR-0002']");
            browser.waitFor(neighbour);
            browser.click(neighbour);
            browser.waitForContent(By.id("lamp-title"), "BUR-0002");
            browser.screenshot("lighting-map");
            assertThat(browser.script("return document.getElementById('inventory-upload') === null")).as("viewers do not import").isEqualTo(true);
            assertThat(browser.script("return document.getElementById('group-save') === null")).as("viewers do not change groups").isEqualTo(true);
            browser.waitForContent(By.id("lighting-groups-grid"), "100; 22:00 50; 05:00 100");
        }
        eu.sharingcities.testsupport.Api api = new eu.sharingcities.testsupport.Api(base);
        eu.sharingcities.testsupport.Eventually.await(Duration.ofSeconds(60), () -> api.get("/api/cities/london/mobility/stations", "london.viewer")
                .json().asJsonArray().size() == 24); // the bike operator's feed read
        try (Browser london = new Browser(base, "en-GB")) {
            london.signIn("london.viewer", "demo");
            london.waitForPath("/london");
            london.open("/london/lighting");
            // drawn on its layer, though the map opens on the lamps, away from the river: present, not necessarily in view
            london.waiting(Duration.ofSeconds(30)).until(d -> !"0".equals(String.valueOf(
                    london.script("return document.querySelectorAll('#lamp-map path.map-heat-pump').length"))));
            assertThat(london.script("return document.querySelectorAll('#lamp-map path.map-heat-pump').length")).as("the Thames heat pump's layer")
                    .isEqualTo(1L);
            assertThat(london.script("return document.querySelector('#lamp-map .leaflet-control-layers').textContent")).asString()
                    .contains("Heat pumps").contains("Bike stations");
            assertThat(london.script("return document.querySelectorAll('#lamp-map path.map-bike-station').length")).as("the e-bike stations' layer")
                    .isEqualTo(24L);
        }
        try (Browser admin = new Browser(base, "en-GB")) {
            admin.signIn("burgas.admin", "demo");
            admin.waitForPath("/burgas");
            admin.open("/burgas/lighting");
            admin.waitFor(By.id("inventory-upload"));
            changesAGroupsNight(admin);
            admin.open("/milan/lighting");
            admin.waitFor(By.cssSelector(".no-access h1"));
        }
    }

    /**
     * A city administrator changes the residential streets' night on the page: a profile that is not
     * one is refused with the reason and stores nothing; a good one is stored and shown.
     */
    private static void changesAGroupsNight(Browser admin) {
        admin.clickGridCell("P3");
        admin.waitFor(By.cssSelector("#group-save:not([disabled])"));
        admin.type(By.cssSelector("#group-profile input"), "100; 25:00 50");
        admin.click(By.id("group-save"));
        admin.waitForContent(By.id("group-problem"), "25:00");
        admin.waitForContent(By.id("lighting-groups-grid"), "100; 22:00 50; 05:00 100");
        admin.type(By.cssSelector("#group-profile input"), "100; 22:30 50; 05:00 100");
        admin.click(By.id("group-save"));
        admin.waitForContent(By.id("lighting-groups-grid"), "100; 22:30 50; 05:00 100");
        admin.type(By.cssSelector("#group-profile input"), "100; 22:00 50; 05:00 100"); // as the demo had it, for the other tests
        admin.click(By.id("group-save"));
        admin.waitForContent(By.id("lighting-groups-grid"), "100; 22:00 50; 05:00 100");
    }
}
