package eu.sharingcities.sems;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The demand-response events as delivered: each past event against its customer baseline load, with its rebound. */
final class SemsEvents {

    private SemsEvents() {
    }

    /** The local days with an event: left out as baseline days of other events. */
    static Set<LocalDate> days(DemandResponse response, ZoneId zone) {
        return response.config().events().stream().map(e -> e.start().atZone(zone).toLocalDate()).collect(Collectors.toSet());
    }

    /** A report per event that has begun, newest first. */
    static List<EventReport> reports(Connection db, String city, ZoneId zone, DemandResponse response, Instant now) throws SQLException {
        List<EventReport> reports = new ArrayList<>();
        Set<LocalDate> eventDays = days(response, zone);
        for (DemandResponse.Event event : response.config().events().stream().filter(e -> e.start().isBefore(now))
                .sorted((a, b) -> b.start().compareTo(a.start())).toList()) {
            reports.add(report(db, city, zone, event, eventDays, now));
        }
        return reports;
    }

    private static EventReport report(Connection db, String city, ZoneId zone, DemandResponse.Event event, Set<LocalDate> eventDays, Instant now)
            throws SQLException {
        if (now.isBefore(event.end())) {
            return EventReport.without(event, "the event has not ended");
        }
        LocalDate day = event.start().atZone(zone).toLocalDate();
        if (!event.end().minusNanos(1).atZone(zone).toLocalDate().equals(day)) {
            return EventReport.without(event, "the event spans midnight: not reported");
        }
        int from = DistrictLoad.interval(event.start(), zone);
        int to = DistrictLoad.interval(event.end().minusNanos(1), zone) + 1;
        int until = Math.min(CustomerBaseline.INTERVALS, to + EventReport.REBOUND_INTERVALS);
        Map<LocalDate, double[]> profiles = DistrictLoad.profiles(db, city, zone, day.minusDays(45), day);
        double[] actual = Arrays.copyOfRange(profiles.get(day), from, until);
        for (int i = 0; i < to - from; i++) {
            if (Double.isNaN(actual[i])) {
                return EventReport.without(event, "the district's load is not measured in every interval of the event");
            }
        }
        return CustomerBaseline.of(profiles, eventDays, day, from, until).map(baseline -> EventReport.of(event, baseline, actual, to - from))
                .orElseGet(() -> EventReport.without(event, "no customer baseline: fewer than 5 comparable days (same kind of day, no event, "
                        + "every interval measured) in the 10 before it"));
    }
}
