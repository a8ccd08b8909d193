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
}
