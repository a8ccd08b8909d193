package eu.sharingcities.mobility;

import eu.sharingcities.database.CityRows;
import eu.sharingcities.mobility.feeds.GbfsData;
import eu.sharingcities.mobility.gbfs.CityFeedSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** The bike-share tables in SQL, on the caller's connection and scope. */
final class MobilityData {

    private MobilityData() {
    }

    static List<BikeOperator> operators(Connection db, String city) throws SQLException {
        return CityRows.of(db, "select id, city_code, code, name, discovery_url, language, enabled from bike_operator where city_code = ? order by code",
                city, rs -> new BikeOperator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7)));
    }

    /** Every city's enabled operators, for the poller (its connection sees all cities). */
    static List<BikeOperator> enabledOperators(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select id, city_code, code, name, discovery_url, language, enabled from bike_operator where enabled order by id""");
             var rs = st.executeQuery()) {
            List<BikeOperator> all = new java.util.ArrayList<>();
            while (rs.next()) {
                all.add(new BikeOperator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7)));
            }
            return all;
        }
    }

    /** The enabled operators' vehicle types, pricing plans and alerts as their feeds listed them last. */
    static List<CityFeedSource.Operator> catalogues(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                select code, language, vehicle_types::text, pricing_plans::text, alerts::text from bike_operator
                where city_code = ? and enabled order by code""", city,
                rs -> new CityFeedSource.Operator(rs.getString(1), rs.getString(2), array(rs.getString(3)), array(rs.getString(4)),
                        array(rs.getString(5))));
    }

    private static jakarta.json.JsonArray array(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray();
    }

    /** Adds the operator or changes its name, feed, language and whether it is read. */
    static void saveOperator(Connection db, String city, String code, String name, String url, String language, boolean enabled) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into bike_operator (city_code, code, name, discovery_url, language, enabled) values (?, ?, ?, ?, ?, ?)
                on conflict (city_code, code) do update set name = excluded.name, discovery_url = excluded.discovery_url,
                                                            language = excluded.language, enabled = excluded.enabled""")) {
            st.setString(1, city);
            st.setString(2, code);
            st.setString(3, name);
            st.setString(4, url);
            st.setString(5, language);
            st.setBoolean(6, enabled);
            st.executeUpdate();
        }
    }

    /** The operator's vehicle types, pricing plans or alerts as its feed lists them now (a null list: unchanged). */
    static void saveCatalogue(Connection db, long operatorId, String column, jakarta.json.JsonArray list) throws SQLException {
        if (!java.util.Set.of("vehicle_types", "pricing_plans", "alerts").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        try (PreparedStatement st = db.prepareStatement("update bike_operator set " + column + " = ?::jsonb where id = ?")) {
            st.setString(1, list.toString());
            st.setLong(2, operatorId);
            st.executeUpdate();
        }
    }

    /** The operator's stations as the feed has them now: new and changed ones written, those it no longer lists removed. */
    static void replaceStations(Connection db, BikeOperator operator, List<GbfsData.Station> stations) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into bike_station (operator_id, city_code, station_id, name, latitude, longitude, capacity, vehicles_available,
                                          vehicles_disabled, docks_available, is_renting, is_returning, last_reported, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (operator_id, station_id) do update set name = excluded.name, latitude = excluded.latitude,
                    longitude = excluded.longitude, capacity = excluded.capacity, vehicles_available = excluded.vehicles_available,
                    vehicles_disabled = excluded.vehicles_disabled, docks_available = excluded.docks_available, is_renting = excluded.is_renting,
                    is_returning = excluded.is_returning, last_reported = excluded.last_reported, updated_at = now()""")) {
            for (GbfsData.Station s : stations) {
                int i = 0;
                st.setLong(++i, operator.id());
                st.setString(++i, operator.city());
                st.setString(++i, s.id());
                st.setString(++i, s.name());
                st.setDouble(++i, s.latitude());
                st.setDouble(++i, s.longitude());
                st.setObject(++i, s.capacity(), Types.INTEGER);
                st.setObject(++i, s.vehiclesAvailable(), Types.INTEGER);
                st.setObject(++i, s.vehiclesDisabled(), Types.INTEGER);
                st.setObject(++i, s.docksAvailable(), Types.INTEGER);
                st.setObject(++i, s.renting(), Types.BOOLEAN);
                st.setObject(++i, s.returning(), Types.BOOLEAN);
                st.setTimestamp(++i, timestamp(s.lastReported()));
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = db.prepareStatement("delete from bike_station where operator_id = ? and not (station_id = any (?))")) {
            st.setLong(1, operator.id());
            st.setArray(2, db.createArrayOf("text", stations.stream().map(GbfsData.Station::id).toArray()));
            st.executeUpdate();
        }
    }

    /** The operator's vehicles now: the feed lists them all each time (ids rotate after trips), so the list is replaced. */
    static void replaceVehicles(Connection db, BikeOperator operator, List<GbfsData.Vehicle> vehicles) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from bike_vehicle where operator_id = ?")) {
            st.setLong(1, operator.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = db.prepareStatement("""
                insert into bike_vehicle (operator_id, city_code, vehicle_id, vehicle_type_id, latitude, longitude, station_id, fuel, range_meters,
                                          reserved, disabled, last_reported)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            for (GbfsData.Vehicle v : vehicles) {
                int i = 0;
                st.setLong(++i, operator.id());
                st.setString(++i, operator.city());
                st.setString(++i, v.id());
                st.setString(++i, v.typeId());
                st.setObject(++i, v.latitude(), Types.DOUBLE);
                st.setObject(++i, v.longitude(), Types.DOUBLE);
                st.setString(++i, v.stationId());
                st.setObject(++i, v.fuel(), Types.DOUBLE);
                st.setObject(++i, v.rangeMeters(), Types.DOUBLE);
                st.setBoolean(++i, v.reserved());
                st.setBoolean(++i, v.disabled());
                st.setTimestamp(++i, timestamp(v.lastReported()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static List<BikeStation> stations(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                select o.code, s.station_id, s.name, s.latitude, s.longitude, s.capacity, s.vehicles_available, s.vehicles_disabled,
                       s.docks_available, s.is_renting, s.is_returning, s.last_reported
                from bike_station s join bike_operator o on o.id = s.operator_id where s.city_code = ? order by o.code, s.station_id""", city,
                rs -> new BikeStation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                        (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                        (Boolean) rs.getObject(10), (Boolean) rs.getObject(11), instant(rs.getTimestamp(12))));
    }

    static List<BikeVehicle> vehicles(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                select o.code, v.vehicle_id, v.vehicle_type_id, v.latitude, v.longitude, v.station_id, v.fuel, v.range_meters, v.reserved,
                       v.disabled, v.last_reported
                from bike_vehicle v join bike_operator o on o.id = v.operator_id where v.city_code = ? order by o.code, v.vehicle_id""", city,
                rs -> new BikeVehicle(rs.getString(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4), (Double) rs.getObject(5),
                        rs.getString(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getBoolean(9), rs.getBoolean(10),
                        instant(rs.getTimestamp(11))));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
