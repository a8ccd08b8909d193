package eu.sharingcities.mobility.gtfs;

import eu.sharingcities.simulator.DemoTransitFeed;
import eu.sharingcities.testsupport.Zips;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A GTFS static feed read into its timetable, with the departures per stop and hour counted by
 * hand; a broken feed refused whole with each problem's file, line and fix; the demo's feed read.
 */
class GtfsFeedTest {

    /** Two stops, one weekday service without Christmas Day, three trips from A to B (one after midnight). */
    private static Map<String, String> small() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nx,X,https://x.example.org,Europe/Rome\n");
        files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,Piazzale Lodi,45.4460,9.2040\nB,Via Brembo,45.4430,9.2050\n");
        files.put("routes.txt", "route_id,route_short_name,route_long_name,route_type\nR,9,Lodi–Brembo,0\n");
        files.put("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                + "WK,1,1,1,1,1,0,0,20260101,20261231\n");
        files.put("calendar_dates.txt", "service_id,date,exception_type\nWK,20261225,2\n");
        files.put("trips.txt", "route_id,service_id,trip_id\nR,WK,T1\nR,WK,T2\nR,WK,T3\n");
        files.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                + "T1,08:00:00,08:00:00,A,1\nT1,08:05:00,08:05:00,B,2\n"
                + "T2,08:30:00,08:30:00,A,1\nT2,08:35:00,08:35:00,B,2\n"
                + "T3,25:10:00,25:10:00,A,1\nT3,25:15:00,25:15:00,B,2\n");
        return files;
    }

    @Test
    void theDeparturesPerStopAndHourAreThoseOfTheServicesRunningThatDay() {
        GtfsFeed feed = GtfsFeed.read(Zips.of(small()));
        assertThat(feed.stops()).containsKeys("A", "B");
        // Tuesday 1 December 2026: T1 and T2 leave A in the 08 hour, T3 at 25:10 = 01:10; B is where they end, no departure
        Map<String, int[]> tuesday = ServiceFrequency.perStopAndHour(feed, LocalDate.of(2026, 12, 1));
        assertThat(tuesday.get("A")[8]).isEqualTo(2);
        assertThat(tuesday.get("A")[1]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(tuesday.get("A")).sum()).isEqualTo(3);
        assertThat(tuesday).doesNotContainKey("B");
        // Saturday 5 December: a weekday service does not run; Friday 25 December: removed by calendar_dates
        assertThat(ServiceFrequency.perStopAndHour(feed, LocalDate.of(2026, 12, 5))).isEmpty();
        assertThat(ServiceFrequency.perStopAndHour(feed, LocalDate.of(2026, 12, 25))).isEmpty();
    }

    @Test
    void aBrokenFeedIsRefusedWholeWithEachProblemsFileLineAndFix() {
        Map<String, String> files = small();
        files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nA,Piazzale Lodi,north,9.2040\nB,Via Brembo,45.4430,9.2050\n");
        files.put("stop_times.txt", files.get("stop_times.txt").replace("T2,08:35:00,08:35:00,B,2", "T2,08:35:00,8h35,C,2"));
        assertThatThrownBy(() -> GtfsFeed.read(Zips.of(files))).isInstanceOfSatisfying(GtfsRefused.class, refused -> assertThat(refused.problems())
                .containsExactly("stops.txt, line 2: stop_lat 'north' is not a number from -90 to 90; write it with a decimal point",
                        "stop_times.txt, line 5: stop_id 'C' is not in stops.txt; add it there or correct the id",
                        "stop_times.txt, line 5: departure_time '8h35' is not a time; write HH:MM:SS, e.g. 08:05:00 (25:10:00 for 01:10 after midnight)"));
        Map<String, String> noCalendar = small();
        noCalendar.remove("calendar.txt");
        noCalendar.remove("calendar_dates.txt");
        noCalendar.remove("routes.txt");
        assertThatThrownBy(() -> GtfsFeed.read(Zips.of(noCalendar))).isInstanceOfSatisfying(GtfsRefused.class, refused -> assertThat(refused.problems())
                .containsExactly("routes.txt is missing: a GTFS feed needs agency, stops, routes, trips and stop_times (GTFS Schedule, Dataset Files)",
                        "calendar.txt and calendar_dates.txt are both missing: give at least one, to say on which days the trips run"));
        assertThatThrownBy(() -> GtfsFeed.read("not a zip".getBytes(StandardCharsets.UTF_8))).isInstanceOf(GtfsRefused.class)
                .hasMessageContaining("the upload holds no .txt files");
    }

    @Test
    void theDemosFeedRunsEveryTenMinutesInTheRushHour() {
        GtfsFeed feed = GtfsFeed.read(DemoTransitFeed.zip("milan"));
        assertThat(feed.stops()).hasSize(11);
        assertThat(feed.stops().get("s-0-1").name()).isEqualTo("Via Ripamonti / Viale Brenta");
        // Tuesday 08:00–08:59: both lines start at the stop they share, every 10 minutes (08:00 … 08:50): 2 × 6 departures;
        // the trips the other way end there and do not count
        Map<String, int[]> tuesday = ServiceFrequency.perStopAndHour(feed, LocalDate.of(2026, 12, 1));
        assertThat(tuesday.get("s-0-1")[8]).isEqualTo(12);
        // Saturday 08:00–08:59: every 20 minutes (08:00, 08:20, 08:40): 2 × 3
        assertThat(ServiceFrequency.perStopAndHour(feed, LocalDate.of(2026, 12, 5)).get("s-0-1")[8]).isEqualTo(6);
    }
}
