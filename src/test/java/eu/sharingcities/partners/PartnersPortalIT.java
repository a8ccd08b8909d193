package eu.sharingcities.partners;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners' portal in Chromium: the public directory filtered by competence and the showcase of
 * results with measured and declared figures; a partner edits its
 * own organisation's draft (a bad e-mail refused on the page, nothing stored) and submits it;
 * consortium staff find it in their review and publish it; another partner never sees the draft.
 */
class PartnersPortalIT extends DeployedPlatform {

    @Test
    void aPartnerEditsAndSubmitsItsProfileAndConsortiumStaffPublishIt() throws Exception {
        try (Browser visitor = new Browser(base, "en-GB")) {
            visitor.open("/partners");
            visitor.waitForContent(By.id("partner-cards"), "Calore Verde");
            visitor.waitForContent(By.id("partner-cards"), "Green City Capital");
            visitor.type(By.id("filter-competence"), "Financing" + org.openqa.selenium.Keys.ENTER);
            visitor.waiting(java.time.Duration.ofSeconds(10)).until(d -> !String.valueOf(visitor.script(
                    "return document.getElementById('partner-cards').textContent")).contains("Thames Heat"));
            assertThat(visitor.script("return document.getElementById('partner-cards').textContent")).asString()
                    .contains("Green City Capital").doesNotContain("Lumen Services");
            // the public showcase: a measured figure with its method and date, a declared one said to be declared
            visitor.open("/partners/results");
            visitor.waitForContent(By.id("result-cards"), "Deep retrofit of a Porta Romana condominium");
            visitor.waitForContent(By.id("result-cards"), "Energia Condivisa"); // its name, not its code (PartnersIT may have renamed it)
            visitor.waitForContent(By.id("result-cards"), "measured by the platform: measured savings, IPMVP option C");
            visitor.waitForContent(By.id("result-cards"), "Raised: 12,500,000 € — declared by the partner");
            visitor.waitForContent(By.id("result-cards"), "Replication: Warszawa: interested");
            visitor.waitForContent(By.id("result-cards"), "Revenue: 80 % of the measured savings for 7 years"); // the business model's canvas
            // the search finds the demo's Italian article by a word it inflects otherwise ("assemblea": "assemblee")
            visitor.open("/partners/search");
            visitor.type(By.id("search-words"), "assemblea");
            visitor.click(By.id("search-go"));
            visitor.waitForContent(By.id("search-hits"), "Come abbiamo convinto le assemblee condominiali");
            visitor.click(By.linkText("Come abbiamo convinto le assemblee condominiali"));
            visitor.waitForContent(By.id("article-body"), "assemblee");
            assertThat(visitor.script("return document.querySelector('#article-body strong').textContent")).isEqualTo("assemblee");
        }
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco2", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/partners/organisations/calore-verde");
            partner.waitFor(By.id("profile-form"));
            partner.type(By.id("profile-name"), "Calore Verde S.r.l.");
            partner.click(By.id("profile-person-add")); // the demo's profile has one person: the new one is the second
            partner.type(By.id("person-name-2"), "Luca Verdi");
            partner.type(By.id("person-email-2"), "not-an-address");
            partner.click(By.id("profile-save"));
            partner.waitForContent(By.id("profile-outcome"), "people, 2: ’not-an-address’ is not an e-mail address");
            assertThat(new Api(base).get("/api/partners/organisations/calore-verde", "milan.esco2").body()).as("nothing stored")
                    .doesNotContain("Luca Verdi");
            partner.type(By.id("person-email-2"), "luca.verdi@calore-verde.example");
            partner.click(By.id("profile-submit"));
            partner.waitForContent(By.id("profile-outcome"), "Submitted to consortium staff.");
            partner.open("/partners/organisations/energia-condivisa");
            partner.waitFor(By.id("profile-published"));
            assertThat(partner.script("return document.getElementById('profile-form') === null")).as("another partner's draft").isEqualTo(true);
        }
        Api api = new Api(base);
        assertThat(api.get("/api/partners/organisations/calore-verde", null).json().asJsonObject().getJsonObject("published").getString("name"))
                .as("not published yet").isEqualTo("Calore Verde");
        try (Browser staff = new Browser(base, "en-GB")) {
            staff.signIn("consortium.admin", "demo");
            staff.waiting(java.time.Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
            staff.open("/partners/review");
            staff.waitForContent(By.id("review-list"), "Calore Verde S.r.l.");
            staff.open("/partners/organisations/calore-verde");
            staff.click(By.id("review-publish"));
            staff.waitForContent(By.id("profile-outcome"), "Published");
            staff.screenshot("partners-organisation");
        }
        assertThat(api.get("/api/partners/organisations/calore-verde", null).json().asJsonObject().getJsonObject("published").getString("name"))
                .isEqualTo("Calore Verde S.r.l.");
        assertThat(api.get("/api/partners/organisations/calore-verde", "milan.esco").body()).contains("Luca Verdi");
    }

    @Test
    void aPartnerWritesAnArticleOnItsPageAndItsReviewerPublishesIt() throws Exception {
        String editor;
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/partners/knowhow/new/edit");
            partner.type(By.cssSelector("#article-title input"), "Metering a condominium before the works");
            partner.type(By.cssSelector("#article-body-editor textarea"), "Read the **meters** for a year first.");
            partner.click(By.id("article-create"));
            partner.waiting(java.time.Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/edit") && !d.getCurrentUrl().contains("/new/"));
            editor = partner.currentUrl().replaceAll("^https?://[^/]+", "");
            partner.type(By.cssSelector("#article-reviewer input"), "consortium.admin");
            partner.click(By.id("article-submit"));
            partner.waitForContent(By.tagName("main"), "in review · version 1 · reviewer consortium.admin");
        }
        Api api = new Api(base);
        assertThat(api.get("/api/partners/articles", null).body()).as("not published before the review").doesNotContain("Metering a condominium");
        try (Browser other = new Browser(base, "en-GB")) {
            other.signIn("milan.esco2", "demo");
            other.waitForPath("/milan/condominiums");
            other.open(editor);
            other.waitForContent(By.tagName("main"), "No such article");
        }
        try (Browser staff = new Browser(base, "en-GB")) {
            staff.signIn("consortium.admin", "demo");
            staff.waiting(java.time.Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
            staff.open(editor);
            staff.click(By.id("article-approve"));
            staff.waitForContent(By.tagName("main"), "published · version 1");
        }
        assertThat(api.get("/api/partners/articles", null).body()).contains("Metering a condominium before the works");
    }

    @Test
    void aPartnerWritesAResultOnItsPageAndAFollowerCityDeclaresItsReplication() throws Exception {
        String editor;
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco2", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/partners/results/new/edit");
            partner.type(By.cssSelector("#result-title input"), "Heat pumps for Viale Monza");
            partner.selectItem(By.id("result-city"), "Milano");
            partner.type(By.cssSelector("#result-cost input"), "420000");
            partner.click(By.id("figure-add"));
            partner.type(By.cssSelector("#figure-label-1 input"), "Energy saved");
            partner.selectItem(By.id("figure-source-1"), "a building’s M&V savings");
            partner.click(By.id("result-create"));
            partner.waitForContent(By.id("result-problem"), "figures, 1: BUILDING_SAVINGS needs its subject");
            partner.type(By.cssSelector("#figure-subject-1 input"), "b001");
            partner.click(By.id("result-create"));
            partner.waiting(java.time.Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/edit") && !d.getCurrentUrl().contains("/new/"));
            editor = partner.currentUrl().replaceAll("^https?://[^/]+", "");
            partner.click(By.id("result-submit"));
            partner.waitForContent(By.tagName("main"), "Draft: submitted to consortium staff · never published");
        }
        Api api = new Api(base);
        assertThat(api.get("/api/partners/results", null).body()).doesNotContain("Heat pumps for Viale Monza");
        try (Browser other = new Browser(base, "en-GB")) {
            other.signIn("milan.esco", "demo");
            other.waitForPath("/milan/condominiums");
            other.open(editor);
            other.waitForContent(By.tagName("main"), "No such result");
            other.open("/partners/financing");
            other.waitFor(By.id("financing-form"));
        }
        try (Browser visitor = new Browser(base, "en-GB")) {
            visitor.open("/partners/financing");
            visitor.waitForPath("/login");
        }
        try (Browser staff = new Browser(base, "en-GB")) {
            staff.signIn("consortium.admin", "demo");
            staff.waiting(java.time.Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
            staff.open(editor);
            staff.click(By.id("result-publish"));
            staff.waitForContent(By.tagName("main"), "published as “Heat pumps for Viale Monza”");
        }
        String id = editor.replaceAll("\\D+", "");
        try (Browser warsaw = new Browser(base, "en-GB")) {
            warsaw.signIn("warsaw.admin", "demo");
            warsaw.waitForPath("/warsaw");
            warsaw.open("/partners/results");
            warsaw.selectItem(By.id("replication-status-" + id), "planning");
            warsaw.click(By.id("replication-save-" + id));
            warsaw.waitForContent(By.id("result-" + id), "Replication: Warszawa: planning");
        }
        assertThat(api.get("/api/partners/results/" + id, null).body()).contains("\"city\":\"warsaw\"").contains("\"status\":\"planning\"");
        try (Browser lighthouse = new Browser(base, "en-GB")) {
            lighthouse.signIn("london.admin", "demo");
            lighthouse.waitForPath("/london");
            lighthouse.open("/partners/results");
            lighthouse.waitForContent(By.id("result-" + id), "Heat pumps for Viale Monza");
            assertThat(lighthouse.script("return document.getElementById('replication-status-" + id + "') === null")).as("a lighthouse city")
                    .isEqualTo(true);
        }
    }
}
