package eu.sharingcities.partners.events;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Pdf;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An event's printable programme (PDF): the agenda day by day in the event's local time, then the trade show's exhibitors by booth. */
public final class EventProgramme {

    private EventProgramme() {
    }

    public static void write(Event event, Map<String, String> competenceNames, Locale locale, OutputStream out) {
        ZoneId zone = ZoneId.of(event.timeZone());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        EventDetails d = event.details();
        try (Pdf pdf = new Pdf(out, d.title())) {
            pdf.heading(d.title(), 20);
            pdf.text(d.venue() + " · " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.startsOn())
                    + (d.endsOn().equals(d.startsOn()) ? "" : " – " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.endsOn()))
                    + " · " + say("events.pdf.zone", locale, zone.getId()));
            if (!d.description().isBlank()) {
                pdf.text(d.description());
            }
            Map<LocalDate, List<EventSession>> days = event.sessions().stream().collect(Collectors.groupingBy(
                    s -> s.details().startsAt().atZone(zone).toLocalDate(), LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<LocalDate, List<EventSession>> e : days.entrySet()) {
                pdf.heading(day.format(e.getKey()), 13);
                List<List<String>> rows = new ArrayList<>();
                for (EventSession s : e.getValue()) {
                    SessionDetails sd = s.details();
                    rows.add(List.of(time.format(sd.startsAt()) + "–" + time.format(sd.endsAt()), sd.title() + (sd.description().isBlank() ? ""
                            : "\n" + sd.description()), say("events.kind." + sd.kind().code(), locale), sd.room(),
                            sd.speakers().stream().map(Speaker::label).collect(Collectors.joining("\n"))));
                }
                pdf.table(List.of(say("events.pdf.time", locale), say("events.pdf.session", locale), say("events.pdf.kind", locale),
                        say("events.pdf.room", locale), say("events.pdf.speakers", locale)), rows);
            }
            if (!event.exhibitors().isEmpty()) {
                pdf.heading(say("events.tradeShow", locale), 13);
                Function<String, String> competence = c -> competenceNames.getOrDefault(c, c);
                pdf.table(List.of(say("events.pdf.booth", locale), say("events.pdf.exhibitor", locale), say("events.pdf.competences", locale),
                        say("events.pdf.results", locale)), event.exhibitors().stream().map(x -> List.of(x.booth() == null ? "–" : x.booth(),
                        x.name() + (x.pitch().isBlank() ? "" : "\n" + x.pitch()), x.competences().stream().map(competence).collect(Collectors.joining(", ")),
                        x.results().stream().map(Exhibitor.ExhibitedResult::title).collect(Collectors.joining("\n")))).toList());
            }
        }
    }

    private static String say(String key, Locale locale, Object... arguments) {
        return Message.of(key, arguments).in(locale);
    }
}
