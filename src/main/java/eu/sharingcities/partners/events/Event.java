package eu.sharingcities.partners.events;

import java.util.List;

/**
 * An event as its reader may see it: its details, time zone, whether it is published, how many
 * are registered, its agenda and trade show, and — to a signed-in reader — whether they are registered.
 */
public record Event(String code, EventDetails details, String timeZone, boolean published, int registered, List<EventSession> sessions,
                    List<Exhibitor> exhibitors, Boolean youAreRegistered) {
}
