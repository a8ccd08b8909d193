package eu.sharingcities.partners.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What consortium staff say of an event: its title, host city and venue, days, language and room for how many. */
public record EventDetails(String title, String city, String venue, LocalDate startsOn, LocalDate endsOn, String language, String description,
                           Integer capacity, Integer meetingMinutes) {

    /** When the first day begins in the event's time zone. */
    public Instant startIn(ZoneId zone) {
        return startsOn.atStartOfDay(zone).toInstant();
    }

    /** When the last day is over in the event's time zone: registration and meeting requests close then. */
    public Instant endIn(ZoneId zone) {
        return endsOn.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
