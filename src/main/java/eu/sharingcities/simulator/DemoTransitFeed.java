package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.DistrictGrid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A city's demo public transport as a GTFS static feed (zip): two bus lines along the district's two
 * main roads (its first east–west and first north–south street), a stop a few metres from each
 * crossing they pass — where the bike stations stand — every 10 minutes in the weekday rush hours
 * (07:00–09:00, 16:00–19:00), every 20 minutes otherwise from 05:00 to 23:40, and every 20 minutes
 * from 07:00 to 23:00 at weekends, in both directions, a minute from stop to stop.
 */
public final class DemoTransitFeed {

    private static final double STOP_OFFSET_DEGREES = 0.00012; // about 13 m from the crossing's centre

    private DemoTransitFeed() {
    }

    /** The feed's files, in the order GTFS lists them, as zip bytes. */
    public static byte[] zip(String city) {
        Map<String, String> files = files(city);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, String> files(String city) {
        DistrictGrid grid = DistrictGrid.of(city);
        String zone = CityClimate.of(city, 0).zone().getId();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone,agency_lang\n"
                + "demo," + csv("Demo transit " + city) + ",https://transit." + city + ".example.org," + zone + "," + grid.language() + "\n");
        List<String> line1 = new ArrayList<>();
        List<String> line2 = new ArrayList<>();
        StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        for (int northSouth = 1; northSouth < 12; northSouth += 2) { // line 1 along the first east–west street
            line1.add(stop(stops, grid, 0, northSouth));
        }
        for (int eastWest = 0; eastWest < 12; eastWest += 2) { // line 2 along the first north–south street
            String id = "s-" + eastWest + "-1";
            if (eastWest == 0) {
                line2.add(id); // the two lines share the stop where they cross
            } else {
                line2.add(stop(stops, grid, eastWest, 1));
            }
        }
        files.put("stops.txt", stops.toString());
        files.put("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\n"
                + "1,demo,1," + csv(grid.streets().get(0)) + ",3\n2,demo,2," + csv(grid.streets().get(1)) + ",3\n");
        files.put("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                + "weekday,1,1,1,1,1,0,0,20260101,20271231\nweekend,0,0,0,0,0,1,1,20260101,20271231\n");
        StringBuilder trips = new StringBuilder("route_id,service_id,trip_id,direction_id\n");
        StringBuilder times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        for (String service : List.of("weekday", "weekend")) {
            for (int minute : departures(service)) {
                for (int direction = 0; direction < 2; direction++) {
                    trip(trips, times, "1", service, line1, minute, direction);
                    trip(trips, times, "2", service, line2, minute, direction);
                }
            }
        }
        files.put("trips.txt", trips.toString());
        files.put("stop_times.txt", times.toString());
        files.put("feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date\n"
                + "Sharing Cities demo,https://transit." + city + ".example.org," + grid.language() + ",20260101,20271231\n");
        return files;
    }

    /** Minutes after midnight of each first departure of the day. */
    static List<Integer> departures(String service) {
        List<Integer> minutes = new ArrayList<>();
        int first = service.equals("weekday") ? 5 * 60 : 7 * 60;
        int last = service.equals("weekday") ? 23 * 60 + 40 : 23 * 60;
        for (int m = first; m <= last; ) {
            minutes.add(m);
            boolean rush = service.equals("weekday") && (m >= 7 * 60 && m < 9 * 60 || m >= 16 * 60 && m < 19 * 60);
            m += rush ? 10 : 20;
        }
        return minutes;
    }

    private static String stop(StringBuilder stops, DistrictGrid grid, int eastWest, int northSouth) {
        double[] at = grid.crossing(eastWest, northSouth);
        String id = "s-" + eastWest + "-" + northSouth;
        stops.append(id).append(',').append(csv(grid.streets().get(eastWest) + " / " + grid.streets().get(northSouth))).append(',')
                .append(String.format(Locale.ROOT, "%.6f,%.6f", at[0] + STOP_OFFSET_DEGREES, at[1])).append('\n');
        return id;
    }

    private static void trip(StringBuilder trips, StringBuilder times, String route, String service, List<String> stops, int minute,
                             int direction) {
        String id = route + "-" + service + "-" + direction + "-" + minute;
        trips.append(route).append(',').append(service).append(',').append(id).append(',').append(direction).append('\n');
        List<String> order = direction == 0 ? stops : stops.reversed();
        for (int i = 0; i < order.size(); i++) {
            String at = String.format(Locale.ROOT, "%02d:%02d:00", (minute + i) / 60, (minute + i) % 60);
            times.append(id).append(',').append(at).append(',').append(at).append(',').append(order.get(i)).append(',').append(i + 1).append('\n');
        }
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
