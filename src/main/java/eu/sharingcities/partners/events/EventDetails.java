package eu.sharingcities.partners.events;

import java.time.LocalDate;

/** What consortium staff say of an event: its title, host city and venue, days, language and room for how many. */
public record EventDetails(String title, String city, String venue, LocalDate startsOn, LocalDate endsOn, String language, String description,
                           Integer capacity, Integer meetingMinutes) {
}
