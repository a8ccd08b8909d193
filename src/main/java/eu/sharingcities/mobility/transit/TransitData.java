package eu.sharingcities.mobility.transit;

import eu.sharingcities.mobility.gtfs.GtfsFeed;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The transit tables in SQL, on the caller's connection and scope. */
final class TransitData {

    private TransitData() {
    }

    /** The city's feed replaced by {@code feed}: its stops, services and each stop's departures (not a trip's last stop). */
    static void replace(Connection db, String city, GtfsFeed feed, String fileName, String by) throws SQLException {
        for (String table : List.of("gtfs_departure", "gtfs_service", "gtfs_stop", "gtfs_feed")) {
            try (PreparedStatement st = db.prepareStatement("delete from " + table + " where city_code = ?")) {
                st.setString(1, city);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = db.prepareStatement("insert into gtfs_feed (city_code, file_name, uploaded_by, stops, trips) values (?, ?, ?, ?, ?)")) {
            st.setString(1, city);
            st.setString(2, fileName);
            st.setString(3, by);
            st.setInt(4, feed.stops().size());
            st.setInt(5, feed.trips().size());
            st.executeUpdate();
        }
        try (PreparedStatement st = db.prepareStatement("insert into gtfs_stop (city_code, stop_id, name, latitude, longitude) values (?, ?, ?, ?, ?)")) {
            for (GtfsFeed.Stop s : feed.stops().values()) {
                st.setString(1, city);
                st.setString(2, s.id());
                st.setString(3, s.name());
                st.setDouble(4, s.latitude());
                st.setDouble(5, s.longitude());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = db.prepareStatement("""
                insert into gtfs_service (city_code, service_id, days, start_date, end_date, added, removed) values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (GtfsFeed.Service s : feed.services().values()) {
                int days = 0;
                for (DayOfWeek d : s.days()) {
                    days |= 1 << (d.getValue() - 1);
                }
                st.setString(1, city);
                st.setString(2, s.id());
                st.setShort(3, (short) days);
                st.setDate(4, s.start() == null ? null : Date.valueOf(s.start()));
                st.setDate(5, s.end() == null ? null : Date.valueOf(s.end()));
                st.setArray(6, db.createArrayOf("date", s.added().stream().map(Date::valueOf).toArray()));
                st.setArray(7, db.createArrayOf("date", s.removed().stream().map(Date::valueOf).toArray()));
                st.addBatch();
            }
            st.executeBatch();
        }
        Map<String, Integer> lastStop = new HashMap<>();
        feed.stopTimes().forEach(t -> lastStop.merge(t.tripId(), t.sequence(), Math::max));
        try (PreparedStatement st = db.prepareStatement("insert into gtfs_departure (city_code, stop_id, service_id, seconds) values (?, ?, ?, ?)")) {
            int batch = 0;
            for (GtfsFeed.StopTime t : feed.stopTimes()) {
                if (t.sequence() < lastStop.get(t.tripId())) {
                    st.setString(1, city);
                    st.setString(2, t.stopId());
                    st.setString(3, feed.trips().get(t.tripId()).serviceId());
                    st.setInt(4, t.departureSeconds());
                    st.addBatch();
                    if (++batch % 5000 == 0) {
                        st.executeBatch();
                    }
                }
            }
            st.executeBatch();
        }
    }

    /** The city's stops with their departures per hour on {@code date} (the services running that day). */
    static List<TransitStop> stops(Connection db, String city, LocalDate date) throws SQLException {
        Map<String, int[]> hours = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select d.stop_id, (d.seconds / 3600) % 24, count(*)
                from gtfs_departure d join gtfs_service s on s.city_code = d.city_code and s.service_id = d.service_id
                where d.city_code = ? and not (?::date = any (s.removed))
                  and (?::date = any (s.added)
                       or (s.start_date <= ?::date and s.end_date >= ?::date and (s.days >> (extract(isodow from ?::date)::int - 1)) & 1 = 1))
                group by 1, 2""")) {
            st.setString(1, city);
            for (int i = 2; i <= 6; i++) {
                st.setDate(i, Date.valueOf(date));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hours.computeIfAbsent(rs.getString(1), s -> new int[24])[rs.getInt(2)] = rs.getInt(3);
                }
            }
        }
        List<TransitStop> stops = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select stop_id, name, latitude, longitude from gtfs_stop where city_code = ? order by stop_id")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stops.add(new TransitStop(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            hours.getOrDefault(rs.getString(1), new int[24])));
                }
            }
        }
        return stops;
    }
}
