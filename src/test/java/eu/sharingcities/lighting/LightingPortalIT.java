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
 * panel; the inventory's upload only for the city's administrators; another city's viewer refused.
 */
class LightingPortalIT extends DeployedPlatform {

    @Test
    void aViewerSeesTheLampsOnTheMapAndOpensOneByItsCodeAndAnotherByAClick() throws Exception {
        long started = System.nanoTime();
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

            System.out.println("lighting portal: " + (System.nanoTime() - started) / 1_000_000 + " ms before " + "browser.type(By.id(\"lamp-find\"), \"BUR-0001\");");
            browser.type(By.id("lamp-find"), "BUR-0001");
            browser.click(By.id("lamp-find-go"));
            browser.waitForContent(By.id("lamp-title"), "BUR-0001 · бул. Демокрация");
            browser.waitForContent(By.id("lamp-inventory"), "Табло FP-01A");
            browser.waitForContent(By.id("lamp-tonight"), "на 70 %");
            browser.waitForContent(By.id("lamp-energy"), "kWh");
            // zoomed to BUR-0001: its neighbour across the road is a marker of its own
            By neighbour = By.cssSelector("#lamp-map .lamp-marker span[data-code='BUR-0002']");
            System.out.println("lighting portal: " + (System.nanoTime() - started) / 1_000_000 + " ms before " + "browser.waitFor(neighbour);");
            browser.waitFor(neighbour);
            browser.click(neighbour);
            browser.waitForContent(By.id("lamp-title"), "BUR-0002");
            System.out.println("lighting portal: " + (System.nanoTime() - started) / 1_000_000 + " ms before " + "browser.screenshot(\"lighting-map\");");
            browser.screenshot("lighting-map");
            assertThat(browser.script("return document.getElementById('inventory-upload') === null")).as("viewers do not import").isEqualTo(true);
        }
        try (Browser admin = new Browser(base, "en-GB")) {
            admin.signIn("burgas.admin", "demo");
            admin.waitForPath("/burgas");
            System.out.println("lighting portal: " + (System.nanoTime() - started) / 1_000_000 + " ms before " + "admin.open(\"/burgas/lighting\");");
            admin.open("/burgas/lighting");
            admin.waitFor(By.id("inventory-upload"));
            admin.open("/milan/lighting");
            admin.waitFor(By.cssSelector(".no-access h1"));
        }
    }
}
