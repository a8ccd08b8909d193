package eu.sharingcities.mobility.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A local day in the city's time zone, [start, end) with end no later than now (today is counted up
 * to now), and its peak hours: 07:00–10:00 and 16:00–19:00 local time, the commuting peaks.
 */
public record DayWindow(LocalDate day, Instant start, Instant end, List<Interval> peaks) {

    private static final List<LocalTime[]> PEAK_HOURS = List.of(new LocalTime[]{LocalTime.of(7, 0), LocalTime.of(10, 0)},
            new LocalTime[]{LocalTime.of(16, 0), LocalTime.of(19, 0)});

    /** A stretch of time, [from, to). */
    public record Interval(Instant from, Instant to) {

        Duration overlap(Instant a, Instant b) {
            Instant lo = a.isAfter(from) ? a : from;
            Instant hi = b.isBefore(to) ? b : to;
            return hi.isAfter(lo) ? Duration.between(lo, hi) : Duration.ZERO;
        }
    }

    public static DayWindow of(LocalDate day, ZoneId zone, Instant now) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant until = end.isAfter(now) ? now : end;
        List<Interval> peaks = PEAK_HOURS.stream().map(p -> new Interval(day.atTime(p[0]).atZone(zone).toInstant(),
                day.atTime(p[1]).atZone(zone).toInstant())).map(p -> new Interval(p.from(), p.to().isAfter(until) ? until : p.to()))
                .filter(p -> p.to().isAfter(p.from())).toList();
        return new DayWindow(day, start, until, peaks);
    }
}
