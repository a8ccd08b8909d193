package eu.sharingcities.partners.events;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consortium's events through the API: consortium staff write and publish an agenda; registration
 * with room for so many; one-to-one meetings that never double-book anyone, even when two acceptances
 * race; a session's minutes, decisions and actions; the trade show's stands and booths; the demo's
 * London meeting as iCalendar and as a PDF programme, checked against times worked out by hand.
 */
class EventsIT extends DeployedPlatform {

    private static final ZoneId LONDON = TestEvents.LONDON;

    private final Api api = new Api(base);

    private String upcomingEvent(Integer capacity) {
        return TestEvents.upcoming(api, capacity);
    }

    private void addSession(String code, String title, String kind, Instant from, Instant to) {
        TestEvents.addSession(api, code, title, kind, from, to);
    }

    private static Instant at(LocalDate day, String time) {
        return TestEvents.at(day, time);
    }

    private Api.Answer ask(String code, String from, String to, Instant start) {
        return api.postJson("/api/partners/events/" + code + "/meetings", from, """
                {"invitee": "%s", "startsAt": "%s", "subject": "Heat pumps in condominiums"}""".formatted(to, start));
    }

    @Test
    void anEventIsSeenOnlyOncePublishedAndTakesNoMoreThanItsRoom() {
        String code = upcomingEvent(2);
        String path = "/api/partners/events/" + code;
        LocalDate day = LocalDate.now(LONDON).plusDays(7);
        Api.Answer outside = api.postJson(path + "/sessions", "consortium.admin", """
                {"title": "Too late", "kind": "SOCIAL", "startsAt": "%s", "endsAt": "%s"}""".formatted(at(day.plusDays(2), "19:00"), at(day.plusDays(2), "22:00")));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("is not within the event’s days (" + day + " to " + day.plusDays(1) + ", Europe/London)");
        assertThat(api.postJson(path + "/sessions", "milan.admin", "{\"title\": \"Mine\", \"kind\": \"SOCIAL\"}").status()).isEqualTo(403);
        long first = api.get(path, "consortium.admin").json().asJsonObject().getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.delete(path + "/sessions/" + first, "london.admin").status()).as("another city's administrator").isEqualTo(403);
        assertThat(api.get(path + "/programme.pdf", "milan.esco").status()).as("unpublished").isEqualTo(404);
        JsonObject sooner = api.get(path, "consortium.admin").json().asJsonObject().getJsonObject("details");
        Api.Answer shorter = api.putJson(path, "consortium.admin", sooner.toString().replace("\"startsOn\":\"" + day + "\"",
                "\"startsOn\":\"" + day.plusDays(1) + "\""));
        assertThat(shorter.status()).as("new days would leave the agenda out").isEqualTo(400);
        assertThat(shorter.body()).contains("is not within the event’s days (" + day.plusDays(1));
        assertThat(api.get(path, "milan.esco").status()).as("unpublished").isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(404);
        assertThat(api.post(path + "/registration", "milan.esco").status()).isEqualTo(404);
        assertThat(api.post(path + "/publish", "milan.esco").status()).isEqualTo(403);
        assertThat(api.post(path + "/publish", "consortium.admin").status()).isEqualTo(200);

        JsonObject seen = api.get(path, null).json().asJsonObject();
        assertThat(seen.getJsonArray("sessions")).hasSize(3);
        assertThat(seen.getJsonArray("sessions").getJsonObject(0).containsKey("decisions")).as("the public sees no records").isFalse();
        assertThat(api.post(path + "/registration", null).status()).isEqualTo(401);
        assertThat(api.post(path + "/registration", "milan.esco").status()).isEqualTo(200);
        assertThat(api.get(path + "/participants", "milan.esco2").status()).as("not registered").isEqualTo(403);
        assertThat(api.post(path + "/registration", "warsaw.viewer").status()).as("anyone signed in, of any city").isEqualTo(200);
        Api.Answer full = api.post(path + "/registration", "london.contractor");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body()).contains("is full (2 places)");
        assertThat(api.get(path + "/participants", "milan.esco").body()).contains("warsaw.viewer").doesNotContain("london.contractor");
        assertThat(api.get("/api/partners/search?q=replicate&kind=event", null).body()).as("found by an inflected word").contains(code);
        JsonObject details = api.get(path, null).json().asJsonObject().getJsonObject("details");
        assertThat(api.putJson(path, "consortium.admin", details.toString().replace("Replicating heat pumps", "Retrofitting schools")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/partners/search?q=school&kind=event", null).body()).as("the search follows the published event").contains(code);
    }

    @Test
    void meetingRequestsNeverDoubleBookAnyoneEvenWhenTwoAcceptancesRace() throws Exception {
        String code = upcomingEvent(null);
        String path = "/api/partners/events/" + code;
        api.post(path + "/publish", "consortium.admin");
        LocalDate day = LocalDate.now(LONDON).plusDays(7);
        Instant two = at(day, "14:00"), half = at(day, "14:30");
        assertThat(ask(code, "milan.esco", "london.contractor", two).status()).as("not registered").isEqualTo(403);
        for (String who : List.of("milan.esco", "milan.esco2", "london.contractor")) {
            assertThat(api.post(path + "/registration", who).status()).isEqualTo(200);
        }
        Api.Answer offGrid = ask(code, "milan.esco", "london.contractor", two.plusSeconds(600));
        assertThat(offGrid.status()).isEqualTo(400);
        assertThat(offGrid.body()).contains("is not a meeting slot still to come; meetings take 30 minutes from the start of a meeting session");
        assertThat(ask(code, "milan.esco", "london.admin", two).body()).as("not a participant").contains("is not another participant of");
        assertThat(ask(code, "milan.esco", "milan.esco", two).status()).isEqualTo(400);

        // two asks of the same person for the same slot, accepted at the same moment: one wins, the other is refused
        long first = ask(code, "milan.esco", "london.contractor", two).json().asJsonObject().getJsonNumber("id").longValue();
        long second = ask(code, "milan.esco2", "london.contractor", two).json().asJsonObject().getJsonNumber("id").longValue();
        assertThat(api.post("/api/partners/meetings/" + first + "/accept", "milan.esco").status()).as("only the invitee answers").isEqualTo(403);
        assertThat(api.post("/api/partners/meetings/" + first + "/accept", "milan.admin").status()).as("not theirs").isEqualTo(404);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> racing = List.of(first, second).stream().map(id -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return api.post("/api/partners/meetings/" + id + "/accept", "london.contractor").status();
        })).toList();
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).isEqualTo(List.of(200, 409));

        String winner = api.get(path + "/meetings", "london.contractor").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("state").equals("ACCEPTED")).findFirst().orElseThrow().getJsonObject("requester").getString("username");
        String loser = winner.equals("milan.esco") ? "milan.esco2" : "milan.esco";
        Api.Answer busy = ask(code, loser, "london.contractor", two);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.body()).contains("they already have a meeting at");
        assertThat(api.get(path + "/meetings/free?with=london.contractor", loser).json().asJsonArray())
                .extracting(JsonValue::toString).containsExactly("\"" + half + "\"");
        assertThat(ask(code, loser, "london.contractor", half).status()).isEqualTo(200);
        try (var db = TestDatabase.connect(); var st = db.createStatement();
             var rs = st.executeQuery("""
                     select count(*) from partner_event_busy a join partner_event_busy b
                       on a.username = b.username and a.meeting_id < b.meeting_id and a.during && b.during""")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nobody is anywhere twice at once").isZero();
        }
        assertThat(api.get(path + "/meetings", "london.contractor").body()).contains("\"ACCEPTED\"").contains("\"REQUESTED\"");
        assertThat(api.get(path + "/meetings", "milan.viewer").status()).as("not registered").isEqualTo(403);
        assertThat(api.get(path + "/meetings/free", "milan.viewer").status()).isEqualTo(403);
        assertThat(api.post("/api/partners/meetings/" + second + "/cancel", "milan.viewer").status()).as("not theirs").isEqualTo(404);
        assertThat(api.post("/api/partners/meetings/" + second + "/decline", "milan.esco2").status()).as("the requester does not answer")
                .isEqualTo(403);
        assertThat(api.delete(path + "/registration", winner).status()).isEqualTo(200);
        assertThat(api.get(path + "/meetings/free?with=london.contractor", loser).json().asJsonArray()).as("the winner's time freed")
                .hasSize(2);
    }

    @Test
    void aSessionHeldHasMinutesDecisionsAndActionsForItsParticipantsOnly() {
        String code = "held-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        api.putJson("/api/partners/events/" + code, "consortium.admin", """
                {"title": "Replication workshop", "city": "london", "venue": "City Hall", "startsOn": "%s", "endsOn": "%s", "language": "en"}"""
                .formatted(yesterday, yesterday.plusDays(2)));
        addSession(code, "Held yesterday", "WORKSHOP", at(yesterday, "10:00"), at(yesterday, "11:00"));
        addSession(code, "Still to come", "WORKSHOP", at(yesterday.plusDays(2), "10:00"), at(yesterday.plusDays(2), "11:00"));
        String path = "/api/partners/events/" + code;
        api.post(path + "/publish", "consortium.admin");
        api.post(path + "/registration", "milan.esco");
        JsonObject event = api.get(path, "consortium.admin").json().asJsonObject();
        long held = event.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        long coming = event.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();

        String minutes = "{\"minutes\": \"Burgas **replicates** the lighting.\"}";
        assertThat(api.putJson("/api/partners/event-sessions/" + coming + "/minutes", "consortium.admin", minutes).body())
                .contains("Still to come begins at");
        assertThat(api.putJson("/api/partners/event-sessions/" + held + "/minutes", "milan.esco", minutes).status()).isEqualTo(403);
        assertThat(api.putJson("/api/partners/event-sessions/" + held + "/minutes", "consortium.admin", minutes).status()).isEqualTo(200);
        assertThat(api.postJson("/api/partners/event-sessions/" + held + "/decisions", "milan.esco", "{\"text\": \"Mine.\"}").status()).isEqualTo(403);
        assertThat(api.postJson("/api/partners/event-sessions/" + held + "/actions", "london.admin", "{\"text\": \"Mine.\", \"owner\": \"milan.esco\"}")
                .status()).isEqualTo(403);
        api.postJson("/api/partners/event-sessions/" + held + "/decisions", "consortium.admin", "{\"text\": \"Burgas leads the lighting replication.\"}");
        assertThat(api.postJson("/api/partners/event-sessions/" + held + "/actions", "consortium.admin",
                "{\"text\": \"Send the dimming profiles\", \"owner\": \"milan.esco2\"}").body()).contains("is not a participant of the event");
        JsonObject withAction = api.postJson("/api/partners/event-sessions/" + held + "/actions", "consortium.admin",
                "{\"text\": \"Send the dimming profiles\", \"owner\": \"milan.esco\", \"dueOn\": \"2027-01-31\"}").json().asJsonObject();
        long action = withAction.getJsonArray("actions").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Answer keep = api.delete(path + "/sessions/" + held, "consortium.admin");
        assertThat(keep.status()).isEqualTo(400);
        assertThat(keep.body()).contains("Held yesterday has minutes, decisions or actions");
        JsonObject participant = api.get(path, "milan.esco").json().asJsonObject().getJsonArray("sessions").getJsonObject(0);
        assertThat(participant.getString("minutesHtml")).contains("<strong>replicates</strong>");
        assertThat(participant.getJsonArray("decisions").getJsonObject(0).getString("text")).isEqualTo("Burgas leads the lighting replication.");
        for (String outsider : new String[]{null, "milan.esco2"}) {
            assertThat(api.get(path, outsider).json().asJsonObject().getJsonArray("sessions").getJsonObject(0).containsKey("minutes")).as(outsider)
                    .isFalse();
        }
        assertThat(api.putJson("/api/partners/event-actions/" + action + "/done", "milan.esco2", "{\"done\": true}").status()).isEqualTo(403);
        assertThat(api.putJson("/api/partners/event-actions/" + action + "/done", "milan.esco", "{\"done\": true}").json().asJsonObject()
                .containsKey("doneAt")).isTrue();
    }

    @Test
    void aPartnerPresentsItsOwnPublishedResultsAtABoothOfItsOwn() {
        String code = upcomingEvent(null);
        String path = "/api/partners/events/" + code;
        api.post(path + "/publish", "consortium.admin");
        long own = -1, others = -1;
        for (JsonValue r : api.get("/api/partners/results", null).json().asJsonArray()) {
            if (r.asJsonObject().getString("organisation").equals("energia-condivisa")) {
                own = r.asJsonObject().getJsonNumber("id").longValue();
            } else {
                others = r.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        String stand = "{\"results\": [%d], \"competences\": [\"esco-epc\"], \"pitch\": \"No money down.\"}";
        assertThat(api.putJson(path + "/exhibitors/energia-condivisa", "milan.esco2", stand.formatted(own)).status()).isEqualTo(403);
        assertThat(api.putJson(path + "/exhibitors/energia-condivisa", "milan.esco", stand.formatted(others)).body())
                .contains("is not a published result of this organisation");
        assertThat(api.putJson(path + "/exhibitors/energia-condivisa", "milan.esco", stand.formatted(own)).status()).isEqualTo(200);
        assertThat(api.putJson(path + "/exhibitors/calore-verde", "milan.esco2", "{\"competences\": [\"heat-pumps\"]}").status()).isEqualTo(200);
        assertThat(api.putJson(path + "/exhibitors/energia-condivisa/booth", "milan.esco", "{\"booth\": \"A1\"}").status()).isEqualTo(403);
        assertThat(api.putJson(path + "/exhibitors/energia-condivisa/booth", "consortium.admin", "{\"booth\": \"A1\"}").status()).isEqualTo(200);
        assertThat(api.putJson(path + "/exhibitors/calore-verde/booth", "consortium.admin", "{\"booth\": \"A1\"}").status()).isEqualTo(409);
        JsonObject exhibitor = api.get(path, null).json().asJsonObject().getJsonArray("exhibitors").getJsonObject(0);
        assertThat(exhibitor.getString("booth")).isEqualTo("A1");
        assertThat(exhibitor.getJsonArray("results").getJsonObject(0).getString("title")).isEqualTo("Deep retrofit of a Porta Romana condominium");
    }

    @Test
    void theLondonMeetingIsACalendarAndAPrintedProgrammeInItsOwnTime() throws Exception {
        String path = "/api/partners/events/london-2026-09";
        Api.Answer ics = api.get(path + "/calendar.ics", null);
        assertThat(ics.contentType()).startsWith("text/calendar");
        // 22 September 2026 is British Summer Time (UTC+1): the 14:00 meetings are 13:00 UTC, the 09:00 welcome 08:00 UTC
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0", "DTSTART:20260922T080000Z", "DTSTART:20260922T130000Z",
                "DTEND:20260922T150000Z");
        Calendar agenda = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(agenda.<VEvent>getComponents("VEVENT")).hasSize(8);
        Calendar mine = new CalendarBuilder().build(new StringReader(api.get(path + "/calendar.ics?mine=true", "milan.esco").body()));
        assertThat(mine.<VEvent>getComponents("VEVENT")).hasSize(9).anyMatch(v -> v.<Property>getProperty("SUMMARY").map(Property::getValue)
                .orElse("").endsWith("Dimming the condominiums’ courtyards"));
        assertThat(api.get(path + "/calendar.ics?mine=true", null).status()).isEqualTo(401);
        // once over, what happened stays: no withdrawing, no calling off a meeting held
        assertThat(api.delete(path + "/registration", "milan.esco").body()).contains("is over: its registrations stay as they were");
        long held = api.get(path + "/meetings", "milan.esco").json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.post("/api/partners/meetings/" + held + "/cancel", "milan.esco").status()).isEqualTo(400);
        assertThat(api.post(path + "/registration", "milan.esco2").status()).as("registration closed").isEqualTo(400);

        byte[] pdf = api.getBytes(path + "/programme.pdf?lang=it", null);
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Consortium meeting, London, September 2026", "martedì 22 settembre 2026",
                "09:00–10:00", "Orario", "Relatori", "Fiera", "Energia Condivisa", "Deep retrofit of a Porta Romana condominium");
        assertThat(api.get(path + "/programme.pdf?lang=xx", null).status()).isEqualTo(400);
    }
}
