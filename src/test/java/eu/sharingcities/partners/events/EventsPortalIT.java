package eu.sharingcities.partners.events;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade show in Chromium: a visitor sees the agenda and exhibitors but no meetings; a partner
 * signs in, registers, asks another participant for a meeting in a free slot; the other accepts it
 * on their page; a slot both no longer have free is not offered; the demo London meeting's
 * minutes, decisions and actions show to its participants.
 */
class EventsPortalIT extends DeployedPlatform {

    @Test
    void aPartnerRegistersForTheTradeShowAndAsksForAMeeting() throws Exception {
        Api api = new Api(base);
        String code = TestEvents.upcoming(api, null);
        api.post("/api/partners/events/" + code + "/publish", "consortium.admin");
        api.putJson("/api/partners/events/" + code + "/exhibitors/lumen-services", "london.contractor", "{\"competences\": [\"lighting\"]}");
        api.post("/api/partners/events/" + code + "/registration", "london.contractor");
        String page = "/partners/events/" + code;
        try (Browser visitor = new Browser(base, "en-GB")) {
            visitor.open(page);
            visitor.waitForContent(By.id("event-agenda"), "One-to-one meetings");
            visitor.waitForContent(By.id("event-exhibitors"), "Lumen Services");
            visitor.waitForContent(By.id("event-registration"), "Sign in to register");
            assertThat(visitor.script("return document.getElementById('event-meetings') === null")).isEqualTo(true);
        }
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/partners/events");
            partner.waitForContent(By.id("event-cards"), "Partners' day " + code);
            partner.open(page);
            partner.click(By.id("event-register"));
            partner.waitForContent(By.id("event-registration"), "You are registered.");
            partner.choose(By.cssSelector("#meeting-with input"), "Demo maintenance contractor (lumen-services) · Lumen Services");
            String two = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH).withZone(TestEvents.LONDON)
                    .format(TestEvents.at(TestEvents.day(), "14:00"));
            partner.choose(By.cssSelector("#meeting-slot input"), two);
            partner.type(By.cssSelector("#meeting-subject input"), "Dimming the condominiums’ courtyards");
            partner.click(By.id("meeting-ask"));
            partner.waitForContent(By.id("event-outcome"), "Meeting asked of Demo maintenance contractor (lumen-services).");
            partner.waitForContent(By.id("meeting-list"), two + " · Demo maintenance contractor (lumen-services) · Lumen Services · asked: "
                    + "Dimming the condominiums’ courtyards");
        }
        try (Browser contractor = new Browser(base, "en-GB")) {
            contractor.signIn("london.contractor", "demo");
            contractor.waitForPath("/london/work-orders");
            contractor.open(page);
            contractor.waitForContent(By.id("meeting-list"), "asked: Dimming the condominiums’ courtyards");
            contractor.click(By.xpath("//ul[@id='meeting-list']//vaadin-button[normalize-space()='Accept']"));
            contractor.waitForContent(By.id("meeting-list"), "accepted: Dimming the condominiums’ courtyards");
            contractor.screenshot("partners-event");
        }
        assertThat(api.get("/api/partners/events/" + code + "/meetings/free?with=london.contractor", "milan.esco").body())
                .as("14:00 taken, only 14:30 offered").doesNotContain(TestEvents.at(TestEvents.day(), "14:00").toString())
                .contains(TestEvents.at(TestEvents.day(), "14:30").toString());
        try (Browser participant = new Browser(base, "en-GB")) {
            participant.signIn("milan.esco", "demo");
            participant.waitForPath("/milan/condominiums");
            participant.open("/partners/events/london-2026-09");
            participant.waitForContent(By.id("event-agenda"), "Minutes");
            participant.waitForContent(By.id("event-agenda"), "Results shown at consortium meetings link to the platform’s measurements");
            participant.waitForContent(By.id("event-agenda"), "Publish the Porta Romana retrofit’s second year of M&V");
        }
    }

    @Test
    void consortiumStaffWriteAnEventsAgendaOnItsPageAndPublishIt() throws Exception {
        String code = "page-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String day = TestEvents.day().toString();
        try (Browser staff = new Browser(base, "en-GB")) {
            staff.signIn("consortium.admin", "demo");
            staff.waiting(java.time.Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
            staff.open("/partners/events");
            staff.click(By.id("event-new"));
            staff.type(By.cssSelector("#event-code input"), code);
            staff.type(By.cssSelector("#event-title input"), "Replication clinic " + code);
            staff.selectItem(By.id("event-city"), "Бургас");
            staff.type(By.cssSelector("#event-venue input"), "Burgas Municipality");
            staff.click(By.id("event-save"));
            staff.waitForContent(By.id("event-problem"), "startsOn, endsOn: null to null are not an event’s days");
            staff.script("document.getElementById('event-from').value = arguments[0]; document.getElementById('event-to').value = arguments[0];", day);
            staff.click(By.id("event-save"));
            staff.waitForPath("/partners/events/" + code + "/edit");
            staff.type(By.cssSelector("#session-title input"), "Lighting replication clinic");
            staff.click(By.id("session-add"));
            staff.waitForContent(By.id("event-sessions"), "09:00–10:00 Lighting replication clinic · plenary");
            staff.click(By.id("event-publish"));
            staff.waitForContent(By.tagName("main"), "See the event’s page");
        }
        Api api = new Api(base);
        assertThat(api.get("/api/partners/events/" + code, null).json().asJsonObject().getJsonArray("sessions").getJsonObject(0)
                .getJsonObject("details").getString("startsAt")).as("09:00 in Burgas's time, not the server's")
                .isEqualTo(TestEvents.day().atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Sofia")).toInstant().toString());
        try (Browser partner = new Browser(base, "en-GB")) {
            partner.signIn("milan.esco", "demo");
            partner.waitForPath("/milan/condominiums");
            partner.open("/partners/events/" + code + "/edit");
            partner.waitForContent(By.tagName("main"), "No access");
        }
    }
}
