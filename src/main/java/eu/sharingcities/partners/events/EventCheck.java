package eu.sharingcities.partners.events;

import eu.sharingcities.text.PlatformLanguages;
import eu.sharingcities.text.Refusal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;

/** Checks an event, a session or a stand before anything of it is stored: the first problem refused with its field and fix. */
final class EventCheck {

    private static final int MAX_DAYS = 14;

    private EventCheck() {
    }

    static void code(String code) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{2,63}")) {
            throw new Refusal("events.refused.code", String.valueOf(code));
        }
    }

    static void event(EventDetails e, Collection<String> cities) {
        text(e.title(), 200, "events.refused.title");
        if (e.city() == null || !cities.contains(e.city())) {
            throw new Refusal("events.refused.city", String.valueOf(e.city()), String.join(", ", cities));
        }
        text(e.venue(), 200, "events.refused.venue");
        if (e.startsOn() == null || e.endsOn() == null || e.endsOn().isBefore(e.startsOn()) || e.startsOn().plusDays(MAX_DAYS).isBefore(e.endsOn())) {
            throw new Refusal("events.refused.days", String.valueOf(e.startsOn()), String.valueOf(e.endsOn()), MAX_DAYS);
        }
        language(e.language());
        if (e.description() != null && e.description().length() > 5_000) {
            throw new Refusal("events.refused.description", 5_000);
        }
        if (e.capacity() != null && (e.capacity() < 1 || e.capacity() > 100_000)) {
            throw new Refusal("events.refused.capacity", e.capacity());
        }
        if (e.meetingMinutes() != null && (e.meetingMinutes() < 10 || e.meetingMinutes() > 120)) {
            throw new Refusal("events.refused.meetingMinutes", e.meetingMinutes());
        }
    }

    /** A session of the agenda, inside the event's days in its time zone. */
    static void session(SessionDetails s, EventDetails event, ZoneId zone) {
        text(s.title(), 200, "events.refused.sessionTitle");
        if (s.kind() == null) {
            throw new Refusal("events.refused.kind", java.util.Arrays.toString(SessionKind.values()));
        }
        Instant first = event.startIn(zone), last = event.endIn(zone);
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt()) || s.startsAt().isBefore(first)
                || s.endsAt().isAfter(last)) {
            throw new Refusal("events.refused.sessionTime", String.valueOf(s.startsAt()), String.valueOf(s.endsAt()), event.startsOn().toString(),
                    event.endsOn().toString(), zone.getId());
        }
        if (s.room().length() > 100 || s.description().length() > 5_000) {
            throw new Refusal("events.refused.sessionText");
        }
        if (s.speakers().size() > 20 || s.speakers().stream().anyMatch(p -> p == null || p.name() == null || p.name().isBlank()
                || p.name().length() > 200 || (p.organisation() != null && p.organisation().length() > 200))) {
            throw new Refusal("events.refused.speakers");
        }
    }

    static void stand(Stand stand, Collection<Long> ownPublishedResults, Collection<String> taxonomy) {
        if (stand.results().size() > 10) {
            throw new Refusal("events.refused.standResults", 10);
        }
        for (Long id : stand.results()) {
            if (id == null || !ownPublishedResults.contains(id)) {
                throw new Refusal("events.refused.standResult", String.valueOf(id));
            }
        }
        for (String c : stand.competences()) {
            if (!taxonomy.contains(c)) {
                throw new Refusal("events.refused.standCompetence", String.valueOf(c), String.join(", ", taxonomy));
            }
        }
        if (stand.pitch().length() > 1_000) {
            throw new Refusal("events.refused.pitch", 1_000);
        }
    }

    static String booth(String booth) {
        if (booth == null || !booth.matches("[A-Za-z0-9][A-Za-z0-9 .-]{0,19}")) {
            throw new Refusal("events.refused.booth", String.valueOf(booth));
        }
        return booth;
    }

    static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new Refusal(key, max);
        }
        return value.trim();
    }

    /** An event's language, or the language its programme is printed in: one of the platform's six. */
    static void language(String language) {
        if (language == null || !PlatformLanguages.CODES.contains(language)) {
            throw new Refusal("events.refused.language", String.valueOf(language), String.join(", ", PlatformLanguages.CODES));
        }
    }
}
