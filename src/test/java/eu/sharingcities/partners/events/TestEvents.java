package eu.sharingcities.partners.events;

import eu.sharingcities.testsupport.Api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events the tests write through the API as consortium staff: a London partners' day a week from now. */
final class TestEvents {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestEvents() {
    }

    static LocalDate day() {
        return LocalDate.now(LONDON).plusDays(7);
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(LONDON).toInstant();
    }

    /** A plenary, the trade show, and an hour of meetings (two 30-minute slots from 14:00); refused to anyone but consortium staff. */
    static String upcoming(Api api, Integer capacity) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String details = """
                {"title": "Partners' day %s", "city": "london", "venue": "City Hall", "startsOn": "%s", "endsOn": "%s", "language": "en",
                 "description": "Replicating heat pumps", "capacity": %s, "meetingMinutes": 30}""".formatted(code, day(), day().plusDays(1), capacity);
        assertThat(api.putJson("/api/partners/events/" + code, "milan.admin", details).status()).as("a city administrator").isEqualTo(403);
        assertThat(api.putJson("/api/partners/events/" + code, "milan.esco", details).status()).as("a partner").isEqualTo(403);
        assertThat(api.putJson("/api/partners/events/" + code, "consortium.admin", details).status()).isEqualTo(200);
        addSession(api, code, "Welcome", "PLENARY", at(day(), "09:00"), at(day(), "10:00"));
        addSession(api, code, "Trade show", "TRADE_SHOW", at(day(), "11:00"), at(day(), "12:00"));
        addSession(api, code, "One-to-one meetings", "MEETINGS", at(day(), "14:00"), at(day(), "15:00"));
        return code;
    }

    static void addSession(Api api, String code, String title, String kind, Instant from, Instant to) {
        Api.Answer added = api.postJson("/api/partners/events/" + code + "/sessions", "consortium.admin", """
                {"title": "%s", "kind": "%s", "room": "Room 1", "startsAt": "%s", "endsAt": "%s",
                 "speakers": [{"name": "Sarah Collins", "organisation": "Lumen Services"}]}""".formatted(title, kind, from, to));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
    }
}
