package eu.sharingcities.portal;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** An alarm appears live in an open portal (server push) and an operator acknowledges it, in headless Chromium. */
class AlarmsPortalIT extends DeployedPlatform {

    private static final String RULE = "b002 supply above 0 °C";

    @Test
    void anOperatorAcknowledgesAnAlarmThatAppearedLive() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("london.operator", "demo");
            browser.waitForPath("/london");
            browser.open("/london/alarms");
            browser.waitFor(By.id("alarms-grid"));
            assertThat(browser.pageText()).doesNotContain(RULE);

            Api.Answer rule = new Api(base).post("/api/cities/london/alarm-rules", "london.admin", "application/json", """
                    {"name": "%s", "priority": "CRITICAL", "kind": "HIGH_LIMIT", "point": "london.building.b002.supply-temperature", "limit": 0}"""
                    .formatted(RULE));
            assertThat(rule.status()).as(rule.body()).isEqualTo(200);

            browser.waitForContent(By.id("alarms-grid"), RULE); // no reload: pushed by the server
            browser.waitForContent(By.id("alarm-count"), "1");
            browser.screenshot("alarm-appeared-live");
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + RULE + "']"));
            browser.type(By.cssSelector("#alarm-comment input"), "checking the substation");
            browser.click(By.id("alarm-acknowledge"));
            browser.waitForContent(By.id("alarms-grid"), "active, acknowledged");
            assertThat(browser.script("return document.getElementById('alarm-problem').textContent")).isEqualTo("");
            browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> "".equals(
                    browser.script("return document.getElementById('alarm-count').textContent"))); // nothing waits for acknowledgement now
        }
    }
}
