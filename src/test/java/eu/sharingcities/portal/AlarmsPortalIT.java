package eu.sharingcities.portal;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
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
            Api api = new Api(base);

            Api.Answer rule = api.post("/api/cities/london/alarm-rules", "london.admin", "application/json", """
                    {"name": "%s", "priority": "CRITICAL", "kind": "HIGH_LIMIT", "point": "london.building.b002.supply-temperature", "limit": 0}"""
                    .formatted(RULE));
            assertThat(rule.status()).as(rule.body()).isEqualTo(200);

            // first the server, then the page: a failure says which of the two never saw the alarm
            awaitRaised(api);
            browser.waitForContent(By.id("alarms-grid"), RULE); // no reload: pushed by the server
            awaitBadgeShowsWhatWaits(browser, api); // other tests' alarms in London may wait too: the badge must match the server
            browser.screenshot("alarm-appeared-live");
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + RULE + "']"));
            browser.type(By.cssSelector("#alarm-comment input"), "checking the substation");
            browser.click(By.id("alarm-acknowledge"));
            browser.waitForContent(By.id("alarms-grid"), "active, acknowledged");
            assertThat(browser.script("return document.getElementById('alarm-problem').textContent")).isEqualTo("");
            awaitBadgeShowsWhatWaits(browser, api); // this one no longer waits for acknowledgement
        }
    }

    private static void awaitRaised(Api api) throws Exception {
        try {
            Eventually.await(java.time.Duration.ofSeconds(30), () -> api.get("/api/cities/london/alarms", "london.viewer").json().asJsonArray().stream()
                    .map(jakarta.json.JsonObject.class::cast).anyMatch(a -> RULE.equals(a.getString("rule"))));
        } catch (AssertionError e) {
            throw new AssertionError("the alarm monitor never raised \"" + RULE + "\"; London's alarms: "
                    + api.get("/api/cities/london/alarms", "london.viewer").body(), e);
        }
    }

    /** The shell's badge, without a reload, equals the number of London's alarms that wait for acknowledgement (ours among them or not). */
    private static void awaitBadgeShowsWhatWaits(Browser browser, Api api) {
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> {
            long waiting = api.get("/api/cities/london/alarms", "london.viewer").json().asJsonArray().stream()
                    .map(jakarta.json.JsonObject.class::cast)
                    .filter(a -> a.getString("state").endsWith("_UNACKNOWLEDGED") && !a.containsKey("shelvedUntil")).count();
            return (waiting == 0 ? "" : String.valueOf(waiting)).equals(browser.script("return document.getElementById('alarm-count').textContent"));
        });
    }

    @Test
    void aCityAdministratorAddsAndChangesARuleInThePortal() throws Exception {
        String rule = "b002 return above 0 °C";
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("london.admin", "demo");
            browser.waitForPath("/london");
            browser.open("/london/alarm-rules");
            browser.waitForContent(By.id("rules-grid"), "Controllers unreachable"); // the demo's rules
            browser.choose(By.cssSelector("#rule-point input"), "london.building.b002.return-temperature");
            browser.type(By.cssSelector("#rule-limit input"), "0");
            browser.click(By.id("rule-add"));
            browser.waitForContent(By.id("rule-problem"), "name: give the rule a name operators will recognise.");
            assertThat(browser.script("return document.querySelector('#rule-limit input').value")).as("the form keeps its input").isEqualTo("0");

            browser.type(By.cssSelector("#rule-name input"), rule);
            browser.click(By.id("rule-add"));
            browser.waitForContent(By.id("rules-grid"), rule);
            browser.waitForContent(By.id("rules-grid"), "london.building.b002.return-temperature");
            browser.open("/london/alarms");
            browser.waitForContent(By.id("alarms-grid"), rule);

            browser.open("/london/alarm-rules");
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + rule + "']"));
            browser.waitFor(By.cssSelector("#rule-name input"));
            browser.waiting(java.time.Duration.ofSeconds(10)).until(d -> rule.equals(browser.script("return document.querySelector('#rule-name input').value")));
            browser.type(By.cssSelector("#rule-limit input"), "1000");
            browser.click(By.id("rule-save"));
            browser.waitForContent(By.id("rules-grid"), "limit 1000.0");
            browser.screenshot("alarm-rules");
            browser.open("/london/alarms");
            browser.waitForContent(By.id("alarms-grid"), "cleared, not acknowledged");
        }
    }
}
