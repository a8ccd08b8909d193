package eu.sharingcities.portal;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator (in Milan, in Italian) writes a setpoint from the portal through the confirmation step and sees the controller's read-back, in headless Chromium. */
class ControlsPortalIT extends DeployedPlatform {

    private static final String POINT = "milan.building.b002.zone-setpoint";

    @Test
    void anOperatorConfirmsASetpointAndSeesItReadBack() throws Exception {
        new Api(base).awaitConnected("milan");
        try (Browser browser = new Browser(base, "it-IT")) {
            browser.signIn("milan.operator", "demo");
            browser.waitForPath("/milan");
            browser.open("/milan/controls");
            browser.type(By.cssSelector("#command-point input"), POINT + "\n");
            browser.waitForContent(By.id("command-now"), "Il controllore ora ha 20 °C. Limiti: da 16 a 24 °C, al massimo 2 per comando");
            browser.type(By.cssSelector("#command-value input"), "21.5");
            browser.type(By.cssSelector("#command-reason input"), "la scuola apre presto domani");
            browser.click(By.id("command-send"));
            browser.waitForContent(By.id("command-confirm"), "Scrivere 21,50 °C su " + POINT + " (ora ha 20 °C), perché: la scuola apre presto domani.");
            assertThat(browser.pageText()).doesNotContain("Fatto:");
            browser.screenshot("command-confirmation");
            browser.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Scrivi'] | //vaadin-button[@slot='confirm-button']"));
            browser.waitForContent(By.id("command-outcome"), "Fatto: il controllore rilegge 21,50 °C.");
            browser.waitForContent(By.id("command-log"), "20 → 21,50 °C");
            browser.waitForContent(By.id("command-log"), "confermato (21,50)");
            browser.waitForContent(By.id("command-log"), "milan.operator");

            browser.type(By.cssSelector("#command-value input"), "24");
            browser.click(By.id("command-send"));
            browser.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Scrivi'] | //vaadin-button[@slot='confirm-button']"));
            browser.waitForContent(By.id("command-outcome"), "rifiutato: 24 °C dista 2,50 dal valore del controllore 21,50 °C");
            assertThat(browser.script("return document.querySelector('#command-reason input').value")).as("the form keeps its input")
                    .isEqualTo("la scuola apre presto domani");
            browser.screenshot("command-refused");
        }
    }
}
