package eu.sharingcities.portal;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees in the portal, in headless Chromium. */
class PortalIT extends DeployedPlatform {

    @Test
    void aMilanOperatorSeesMilanInItalianWithItsChartAndCannotOpenLondon() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("milan.operator", "demo");

            browser.waitForPath("/milan");
            browser.waitForText(By.tagName("h1"), "Milano");
            String page = browser.pageText();
            assertThat(page).as("the city's language, not the browser's").contains("Panoramica", "Distretti", "Porta Romana / Vettabbia", "Esci");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("it");
            Object bars = browser.script("""
                    const el = document.querySelector('#activity-chart .platform-chart-canvas');
                    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
                    return chart ? chart.getOption().series[0].data.filter(v => v > 0).length : -1;""");
            assertThat(((Number) bars).intValue()).as("the activity chart is drawn with today's events").isGreaterThan(0);
            assertThat(browser.waitFor(By.cssSelector("#activity-chart canvas")).getSize().getHeight()).isGreaterThan(100);
            assertThat(page).as("no admin pages for an operator").doesNotContain("Registro di audit");
            browser.screenshot("milan-operator-landing");

            browser.open("/london");
            browser.waitFor(By.cssSelector(".no-access h1"));
            assertThat(browser.pageText()).doesNotContain("Royal Borough of Greenwich").contains("Milano");
            browser.screenshot("milan-operator-opens-london");
        }
    }

    @Test
    void aWrongPasswordIsExplainedAndNothingOpens() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("warsaw.viewer", "not-demo");
            browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
            assertThat(browser.currentUrl()).doesNotContain("/warsaw");
            browser.open("/warsaw");
            browser.waitFor(By.tagName("vaadin-login-form"));
        }
    }

    @Test
    void aGuesserIsToldToWaitAfterTooManyWrongPasswords() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            String message = "";
            for (int attempt = 0; attempt < 7 && !message.contains("wait"); attempt++) {
                browser.signIn("burgas.viewer", "guess-" + attempt);
                browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
                message = (String) browser.script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
            }
            assertThat(message).contains("Too many wrong passwords from your address: wait").contains("elsewhere is not affected");
        }
    }

    @Test
    void aPasswordAnAdministratorChoseIsReplacedAtTheFirstSignIn() throws Exception {
        TestDatabase.account("warsaw.newcomer", "", "warsaw:VIEWER");
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("update user_account set must_change_password = true where username = 'warsaw.newcomer'");
        }
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("warsaw.newcomer", "demo");
            browser.waitFor(By.id("change-password"));
            browser.open("/warsaw/ingestion");
            browser.waitFor(By.id("change-password"));
            assertThat(browser.pageText()).as("nothing else opens first").contains("Choose your own to go on").doesNotContain("Last message");

            browser.type(By.cssSelector("#current-password input"), "demo");
            browser.type(By.cssSelector("#new-password input"), "Vistula bridges at night");
            browser.type(By.cssSelector("#repeat-password input"), "Vistula bridges at nigth");
            browser.click(By.id("change-password"));
            browser.waitForText(By.id("password-problem"), "differ");

            browser.type(By.cssSelector("#repeat-password input"), "Vistula bridges at night");
            browser.click(By.id("change-password"));
            browser.waitForPath("/warsaw");
        }
        assertThat(new Api(base).get("/api/cities", "warsaw.newcomer:Vistula bridges at night").status()).isEqualTo(200);
    }

    @Test
    void aSignedInBrowserCannotCallTheRestApiWithItsSessionCookie() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("milan.admin", "demo");
            browser.waitForPath("/milan");
            String session = browser.cookie("JSESSIONID");
            assertThat(session).as("signed in with a session").isNotBlank();
            // what a form on another page would send: the browser adds the cookie on its own
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base.toString().replaceAll("/$", "") + "/api/cities/milan/districts"))
                    .header("Cookie", "JSESSIONID=" + session).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("REST takes credentials, never the portal's cookie (no CSRF)").isEqualTo(401);
            browser.open("/milan");
            browser.waitForText(By.tagName("h1"), "Milano");
        }
    }

    @Test
    void aCityAdminSeesTheAuditLogOfTheirCityAtPhoneWidth() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.resize(390, 844);
            browser.signIn("lisbon.admin", "demo");
            browser.waitForPath("/lisbon");
            browser.open("/lisbon/audit");
            browser.waitFor(By.tagName("vaadin-grid"));
            browser.waitForText(By.tagName("h1"), "Registo de auditoria");
            assertThat(browser.pageText()).contains("Registo de auditoria");
            Object rows = browser.script("return document.querySelector('vaadin-grid').size");
            assertThat(((Number) rows).intValue()).as("the demo accounts of Lisbon were audited").isGreaterThanOrEqualTo(3);
            browser.screenshot("lisbon-admin-audit-phone");
        }
    }

    @Test
    void aCityAdminCreatesAUserAndAWeakPasswordIsRefusedWithoutLosingTheForm() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("warsaw.admin", "demo");
            browser.waitForPath("/warsaw");
            browser.open("/warsaw/users");
            browser.waitFor(By.id("create-user"));

            browser.type(By.cssSelector("#new-username input"), "warsaw.planner");
            browser.type(By.cssSelector("#new-name input"), "Urban planner");
            browser.type(By.cssSelector("#new-password input"), "short");
            browser.waitFor(By.id("create-user")).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "12");
            assertThat(browser.script("return document.querySelector('#new-username input').value")).isEqualTo("warsaw.planner");

            browser.type(By.cssSelector("#new-password input"), "a long planning secret");
            browser.waitFor(By.id("create-user")).click();
            browser.waitForText(By.tagName("vaadin-grid"), "warsaw.planner");
            browser.screenshot("warsaw-admin-created-user");
        }
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("warsaw.planner", "a long planning secret");
            browser.waitFor(By.id("change-password")); // the admin knows that password: the planner chooses their own first
            browser.type(By.cssSelector("#current-password input"), "a long planning secret");
            browser.type(By.cssSelector("#new-password input"), "my own planning secret");
            browser.type(By.cssSelector("#repeat-password input"), "my own planning secret");
            browser.click(By.id("change-password"));
            browser.waitForPath("/warsaw");
            browser.waitForText(By.tagName("h1"), "Warszawa");
        }
    }

    @Test
    void anEndpointAcceptedWithoutEncryptionIsShownInRed() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("lisbon.viewer", "demo");
            browser.waitForPath("/lisbon");
            browser.open("/lisbon/ingestion");
            browser.waitForText(By.tagName("vaadin-grid"), "None None — não cifrado");
            assertThat(browser.waitFor(By.cssSelector(".security-insecure")).getText()).startsWith("None None");
            assertThat(browser.waitFor(By.cssSelector(".security-ok")).getText()).isEqualTo("Basic256Sha256 SignAndEncrypt");
            assertThat(browser.waitFor(By.cssSelector(".security-insecure")).getCssValue("color"))
                    .isNotEqualTo(browser.waitFor(By.cssSelector(".security-ok")).getCssValue("color"));
        }
    }

    @Test
    void anOperatorSeesTheEndpointsLiveAndChartsAPoint() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("bordeaux.operator", "demo");
            browser.waitForPath("/bordeaux");
            browser.open("/bordeaux/ingestion");
            browser.waitForText(By.tagName("vaadin-grid"), "opc.tcp://127.0.0.1:");
            browser.waitForText(By.tagName("vaadin-grid"), "connected");
            browser.screenshot("bordeaux-ingestion");

            browser.open("/bordeaux/points");
            browser.type(By.cssSelector("#point-search input"), "b001.zone-temperature");
            browser.waitForText(By.tagName("vaadin-grid"), "bordeaux.building.b001.zone-temperature");
            // the search filters on the server: a click on the row shown before the filtered page arrives can be undone by it
            for (int attempt = 1; ; attempt++) {
                browser.clickGridCell("bordeaux.building.b001.zone-temperature");
                try {
                    browser.waiting(java.time.Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("point-chart")).isEmpty());
                    break;
                } catch (org.openqa.selenium.TimeoutException notYet) {
                    if (attempt == 3) {
                        throw notYet;
                    }
                }
            }
            browser.waitFor(By.id("point-chart"));
            assertThat(browser.waitFor(By.id("point-meaning")).getText()).as("an operator sees what the point is, set in the file")
                    .contains("building/b001").contains("Zone_Air_Temperature_Sensor");
            assertThat(browser.script("return document.querySelector('#point-meaning-save')")).as("and cannot change it").isNull();
            Object drawn = browser.script("""
                    const el = document.querySelector('#point-chart .platform-chart-canvas');
                    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
                    return chart ? chart.getOption().series[0].data.length : -1;""");
            assertThat(((Number) drawn).intValue()).as("the last hour of the point is charted").isGreaterThan(0);
            Object csv = browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.querySelector('#point-csv').href).then(r => r.text()).then(done);""");
            assertThat((String) csv).startsWith("source_time,value,status,quality,point,unit\n").contains("bordeaux.building.b001.zone-temperature,°C");
            browser.screenshot("bordeaux-point-chart");
        }
    }

    @Test
    void aViewerSeesTheHeatPumpsPerformanceAndItsLicence() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("london.viewer", "demo");
            browser.waitForPath("/london");
            browser.open("/london/heat-pumps");
            browser.waitForContent(By.tagName("h2"), "Kingston Heights water-source heat pump (Thames)");
            browser.waitForContent(By.id("heat-pump-spf"), "Seasonal performance factor over the last 12 months");
            assertThat(browser.pageText()).contains("System boundary: SEPEMO H1").contains("dwellings served");
            browser.waitForContent(By.id("heat-pump-months"), java.time.YearMonth.now().minusMonths(1).toString());
            browser.waitForContent(By.id("licence-status"), java.time.YearMonth.now() + ": ");
            Object drawn = browser.script("""
                    const el = document.querySelector('#spf-chart .platform-chart-canvas');
                    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
                    return chart ? chart.getOption().series[0].data.length : -1;""");
            assertThat(((Number) drawn).intValue()).as("SPF charted per month").isGreaterThanOrEqualTo(12);
            browser.screenshot("heat-pump");
        }
    }

    @Test
    void anOperatorSeesTheDistrictItsStrategiesAndTheirComfortBands() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("london.operator", "demo");
            browser.waitForPath("/london");
            browser.open("/london/sems");
            browser.waitForContent(By.id("sems-now"), "heat load");
            browser.waitForContent(By.id("sems-now"), "heat pump hp1, heat delivered");
            browser.waitForContent(By.id("sems-strategies"), "Occupancy set-back");
            browser.waitForContent(By.id("sems-strategies"), "Heat pump on tariff and COP");
            browser.waitForContent(By.id("sems-buildings"), "b001");
            browser.waitForContent(By.id("sems-buildings"), "19–23 °C");
            browser.waitForContent(By.id("sems-savings"), "Goal");
            browser.waitForContent(By.id("sems-today"), "residential: occupied 6–23 h, heating from 4 h, set back to 16 °C outside (every day)");
            browser.waitForContent(By.id("sems-today"), "00–07 h 0.12 €/kWh");
            browser.click(By.id("event-schedule"));
            browser.waitForContent(By.id("sems-problem"), "start: when the event begins, now or later.");
            browser.screenshot("sems-district");
        }
    }
}
