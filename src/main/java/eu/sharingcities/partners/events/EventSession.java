package eu.sharingcities.partners.events;

import java.util.List;

/**
 * A session of an event; after it, to the event's participants and consortium staff, its minutes
 * (Markdown, and as HTML), decisions and follow-up actions — null to everyone else.
 */
public record EventSession(long id, SessionDetails details, String minutes, String minutesHtml, List<Decision> decisions,
                           List<FollowUpAction> actions) {
}
