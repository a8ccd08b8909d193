package eu.sharingcities.partners.ui;

import eu.sharingcities.partners.events.EventDetails;
import eu.sharingcities.partners.events.Speaker;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the events' pages say days, times and speakers in the reader's language, in the event's own time zone. */
final class EventTexts {

    private EventTexts() {
    }

    static String days(EventDetails d, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return d.endsOn().equals(d.startsOn()) ? date.format(d.startsOn()) : date.format(d.startsOn()) + " – " + date.format(d.endsOn());
    }

    static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(at);
    }

    /** A slot or meeting: its day and time, e.g. "Tue 3 Feb 14:30". */
    static String when(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale).withZone(zone).format(at);
    }

    static String speakers(List<Speaker> speakers) {
        return speakers.stream().map(Speaker::label).collect(Collectors.joining(", "));
    }
}
