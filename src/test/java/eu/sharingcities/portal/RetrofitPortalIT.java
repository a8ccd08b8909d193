package eu.sharingcities.portal;

import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The retrofit and condominium pages as people see them in headless Chromium. */
class RetrofitPortalIT extends DeployedPlatform {

    @Test
    void aViewerSeesABuildingsBaselineAgainstItsUseWithTheUncertaintyBand() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("london.viewer", "demo");
            browser.waitForPath("/london");
            browser.open("/london/buildings");
            browser.waitForText(By.id("buildings-grid"), "deep");
            browser.type(By.cssSelector("#building-search input"), "block 2");
            WebElement grid = browser.waitFor(By.id("buildings-grid"));
            browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> !grid.getText().contains("block 1"));
            assertThat(grid.getText()).contains("block 2");

            browser.open("/london/buildings/b001");
            browser.waitFor(By.id("baseline-chart"));
            String savings = browser.waitFor(By.cssSelector("#mv-totals [data-counter=savings] .counter-value")).getText();
            assertThat(savings).matches("\\d{2}\\.\\d %");
            assertThat(Double.parseDouble(savings.replace(" %", ""))).isBetween(45.0, 75.0);
            Object drawn = browser.script("""
                    const chart = window.echarts.getInstanceByDom(document.querySelector('#baseline-chart .platform-chart-canvas'));
                    const series = chart.getOption().series;
                    return [series[0].data.length, series[1].data.length, series.filter(s => s.stack === 'band').length,
                            series.filter(s => s.stack === 'band')[1].data.length];""");
            assertThat(drawn.toString()).as("used, baseline, two band series").matches("\\[\\d{3}, \\d{3}, 2, \\d{2,3}]");
            Object saved = browser.script("""
                    const chart = window.echarts.getInstanceByDom(document.querySelector('#cumulative-chart .platform-chart-canvas'));
                    const data = chart.getOption().series[0].data;
                    return data[data.length - 1][1];""");
            assertThat(((Number) saved).doubleValue()).as("savings add up over the reporting period").isPositive();
            assertThat(browser.waitFor(By.id("fit-statistics")).getText()).contains("Heat meter", "heating degree days");
            assertThat(browser.waitFor(By.id("retrofit")).getText()).contains("envelope insulation", "Baseline:");
            browser.screenshot("building-page");
        }
    }

    @Test
    void anOperatorRecordsTheAssemblyAndTheQuorumFollowsLive() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("milan.operator", "demo");
            browser.waitForPath("/milan");
            browser.open("/milan/condominiums");
            browser.click(By.linkText("Condominio Vettabbia 40"));
            browser.click(By.partialLinkText("verbale aperto"));
            browser.waitFor(By.id("assembly-form"));
            browser.waitForContent(By.id("quorum"), "9 condomini presenti su 11");

            browser.selectItem(By.cssSelector("vaadin-select.presence[data-unit='Int. 11']"), "presente");
            browser.waitForContent(By.id("quorum"), "10 condomini presenti su 11");
            // the owner of Int. 11 is represented: the delegate goes with the attendance (art. 67 disp. att. c.c.)
            browser.type(By.cssSelector("vaadin-text-field.delegate[data-unit='Int. 11'] input"), "Giulia Ferri\n");
            browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> {
                try {
                    return "Giulia Ferri".equals(latestDelegate("Int. 11"));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            browser.waitForContent(By.id("quorum"), "10 condomini presenti su 11");
            browser.type(By.cssSelector("vaadin-text-field.delegate[data-unit='Int. 10'] input"), administrator() + "\n");
            // refused in the page's language, with the article of the civil code
            browser.waitForText(By.tagName("vaadin-notification-card"), "non può ricevere deleghe (art. 67 c. 5 disp. att. c.c.)");
            assertThat(latestDelegate("Int. 10")).as("the administrator's proxy is not recorded").isNull();
            browser.selectItem(By.cssSelector("vaadin-select.vote[data-unit='Int. 3'][data-option='Deep package']"), "favorevole");
            browser.waitForContent(By.cssSelector("#quorum .count[data-option='Deep package']"), "Favorevoli: 1 condomini");
            assertThat(latestEntry("Int. 3")).isEqualTo("IN_FAVOUR by milan.operator, correcting none");
            browser.screenshot("assembly-form");

            browser.click(By.id("close-minutes"));
            browser.waitForText(By.tagName("main"), "verbale chiuso");
            browser.selectItem(By.cssSelector("vaadin-select.vote[data-unit='Int. 3'][data-option='Deep package']"), "contrario");
            browser.waitForText(By.tagName("vaadin-notification-card"), "Rettifica per Int. 3");
            assertThat(latestEntry("Int. 3")).startsWith("AGAINST by milan.operator, correcting ");
            browser.waitForContent(By.cssSelector("#quorum .count[data-option='Deep package']"), "contrari: 1 condomini");
        }
    }

    @Test
    void anOperatorRecordsARetrofitAndAMistakeInItsPeriodsKeepsTheForm() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("lisbon.operator", "demo");
            browser.waitForPath("/lisbon");
            browser.open("/lisbon/buildings/b002");
            browser.waitFor(By.id("retrofit-form"));
            browser.type(By.cssSelector("#retrofit-name input"), "Janelas e cobertura");
            browser.type(By.cssSelector("#retrofit-cost input"), "250000");
            browser.type(By.cssSelector("#retrofit-start input"), "01/08/2026\n");
            browser.type(By.cssSelector("#retrofit-end input"), "31/08/2026\n");
            browser.type(By.cssSelector("#retrofit-reporting input"), "15/08/2026\n");
            // Lisbon's pages speak Portuguese: the measure "windows" is "janelas"
            browser.click(By.xpath("//vaadin-checkbox[normalize-space()='janelas' or .//label[normalize-space()='janelas']]"));
            browser.click(By.id("retrofit-save"));
            browser.waitForText(By.id("retrofit-problem"), "reportingStart: um dia depois do fim das obras (2026-08-31)");
            assertThat(browser.waitFor(By.cssSelector("#retrofit-name input")).getDomProperty("value")).isEqualTo("Janelas e cobertura");

            browser.type(By.cssSelector("#retrofit-reporting input"), "01/09/2026\n");
            browser.click(By.id("retrofit-save"));
            browser.waitForContent(By.id("retrofit"), "Janelas e cobertura");
        }
    }

    @Test
    void anEscoPartnerSeesOnlyItsCondominiumsAndNoBuildings() throws Exception {
        try (Browser browser = new Browser(base, "en-GB")) {
            browser.signIn("milan.esco2", "demo");
            browser.waitForPath("/milan/condominiums");
            String board = browser.waitFor(By.id("pipeline-board")).getText();
            assertThat(board).contains("Condominio Ceccarelli 26", "Condominio Cinquecento 54").doesNotContain("Condominio Ripamonti 12");
            browser.open("/milan/buildings");
            browser.waitFor(By.cssSelector(".no-access h1"));
        }
    }

    /** Opens a vaadin-select and picks an item as a person would. */
    /** The delegate on the unit's newest attendance entry in the demo's open assembly (null: in person or none). */
    private static String latestDelegate(String unit) throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rs = st.executeQuery("""
                    select v.delegate_name from assembly_vote v join condominium_unit u on u.id = v.unit_id
                    join condominium c on c.id = u.condominium_id
                    where c.name = 'Condominio Vettabbia 40' and u.label = '%s' and v.option_id is null order by v.id desc limit 1""".formatted(unit));
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String administrator() throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rs = st.executeQuery("select administrator from condominium where name = 'Condominio Vettabbia 40'");
            rs.next();
            return rs.getString(1);
        }
    }

    private static String latestEntry(String unit) throws SQLException {
        try (var db = TestDatabase.connect(); var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            var rs = st.executeQuery("""
                    select v.choice, v.recorded_by, v.correction_of from assembly_vote v join condominium_unit u on u.id = v.unit_id
                    join condominium c on c.id = u.condominium_id
                    where c.name = 'Condominio Vettabbia 40' and u.label = '%s' and v.option_id is not null order by v.id desc limit 1""".formatted(unit));
            return rs.next() ? rs.getString(1) + " by " + rs.getString(2) + ", correcting " + (rs.getObject(3) == null ? "none" : rs.getLong(3)) : "none";
        }
    }
}
