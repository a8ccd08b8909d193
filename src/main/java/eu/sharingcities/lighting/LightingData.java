package eu.sharingcities.lighting;

import eu.sharingcities.database.CityRows;
import eu.sharingcities.lighting.schedule.DimmingProfile;
import eu.sharingcities.lighting.schedule.NightSchedule;
import eu.sharingcities.lighting.schedule.SunAngle;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The lighting tables in SQL, on the caller's connection and scope. */
public final class LightingData {

    private static final String LAMP_COLUMNS = """
            l.code, g.code, l.latitude, l.longitude, l.street, d.name, l.cabinet, l.circuit, l.controller, l.asset, l.luminaire, l.rated_w,
            l.lumen, l.replaced_lamp, l.replaced_w, l.installed_on, l.equipment
            from lamppost l join lighting_group g on g.id = l.group_id left join district d on d.id = l.district_id""";

    private LightingData() {
    }

    public static List<LightingGroup> groups(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                select code, name, street_class, lighting_class, sun_angle, dusk_offset_minutes, dawn_offset_minutes, profile, repair_hours
                from lighting_group where city_code = ? order by code""", city,
                rs -> new LightingGroup(rs.getString(1), rs.getString(2), LightingGroup.StreetClass.of(rs.getString(3)), rs.getString(4),
                        new NightSchedule(SunAngle.of(rs.getString(5)), rs.getInt(6), rs.getInt(7), DimmingProfile.parse(rs.getString(8))),
                        rs.getInt(9)));
    }

    public static List<Lamppost> lamps(Connection db, String city) throws SQLException {
        return CityRows.of(db, "select " + LAMP_COLUMNS + " where l.city_code = ? order by l.code", city, LightingData::lamp);
    }

    public static Map<String, Long> groupIds(Connection db, String city) throws SQLException {
        return ids(db, "select code, id from lighting_group where city_code = ?", city);
    }

    public static Map<String, Long> districtIds(Connection db, String city) throws SQLException {
        return ids(db, "select name, id from district where city_code = ?", city);
    }

    /** Controller asset → the code of the lamppost it belongs to. */
    public static Map<String, String> assetOwners(Connection db, String city) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        for (String[] row : CityRows.of(db, "select asset, code from lamppost where city_code = ? and asset is not null", city,
                rs -> new String[]{rs.getString(1), rs.getString(2)})) {
            owners.put(row[0], row[1]);
        }
        return owners;
    }

    /** Frees the controller assets of these lampposts, so that a file may move assets between them. */
    public static void releaseAssets(Connection db, String city, List<String> codes) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update lamppost set asset = null where city_code = ? and code = any (?)")) {
            st.setString(1, city);
            st.setArray(2, db.createArrayOf("varchar", codes.toArray()));
            st.executeUpdate();
        }
    }

    /** Controller asset → the endpoint its lamp's on/off point is read from. */
    public static Map<String, String> endpoints(Connection db, String city, String role) throws SQLException {
        Map<String, String> endpoints = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select l.asset, p.endpoint_id from lamppost l join point p on p.city_code = l.city_code and p.asset = l.asset
                where l.city_code = ? and p.role = ? and p.active""")) {
            st.setString(1, city);
            st.setString(2, role);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    endpoints.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return endpoints;
    }

    /** A lamppost's dimming point: its code and the endpoint it is written through. */
    public record DimPoint(String point, String endpoint) {
    }

    /** Lamppost code → its controller's dimming point (found by the asset and the role, not by names). */
    public static Map<String, DimPoint> dimPoints(Connection db, String city, String role) throws SQLException {
        Map<String, DimPoint> points = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement("""
                select l.code, p.code, p.endpoint_id from lamppost l join point p on p.city_code = l.city_code and p.asset = l.asset
                where l.city_code = ? and p.role = ? and p.active""")) {
            st.setString(1, city);
            st.setString(2, role);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getString(1), new DimPoint(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return points;
    }

    /** Adds the lamppost or changes the one with its code; true when it was new. */
    public static boolean save(Connection db, String city, Lamppost lamp, long groupId, Long districtId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into lamppost (city_code, code, group_id, latitude, longitude, street, district_id, cabinet, circuit, controller, asset,
                                      luminaire, rated_w, lumen, replaced_lamp, replaced_w, installed_on, equipment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (city_code, code) do update set group_id = excluded.group_id, latitude = excluded.latitude,
                    longitude = excluded.longitude, street = excluded.street, district_id = excluded.district_id, cabinet = excluded.cabinet,
                    circuit = excluded.circuit, controller = excluded.controller, asset = excluded.asset, luminaire = excluded.luminaire,
                    rated_w = excluded.rated_w, lumen = excluded.lumen, replaced_lamp = excluded.replaced_lamp, replaced_w = excluded.replaced_w,
                    installed_on = excluded.installed_on, equipment = excluded.equipment
                returning (xmax = 0)""")) {
            int i = 0;
            st.setString(++i, city);
            st.setString(++i, lamp.code());
            st.setLong(++i, groupId);
            st.setDouble(++i, lamp.latitude());
            st.setDouble(++i, lamp.longitude());
            st.setString(++i, lamp.street());
            st.setObject(++i, districtId, Types.BIGINT);
            st.setString(++i, lamp.cabinet());
            st.setString(++i, lamp.circuit());
            st.setString(++i, lamp.controller());
            st.setString(++i, lamp.asset());
            st.setString(++i, lamp.luminaire());
            st.setDouble(++i, lamp.ratedW());
            st.setObject(++i, lamp.lumen(), Types.INTEGER);
            st.setString(++i, lamp.replacedLamp());
            st.setObject(++i, lamp.replacedW(), Types.DOUBLE);
            st.setDate(++i, lamp.installedOn() == null ? null : Date.valueOf(lamp.installedOn()));
            st.setArray(++i, db.createArrayOf("varchar", lamp.equipment().stream().map(Equipment::written).sorted().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1); // xmax = 0: the row was inserted, not updated
            }
        }
    }

    private static Lamppost lamp(ResultSet rs) throws SQLException {
        Date installed = rs.getDate(16);
        return new Lamppost(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getDouble(12),
                (Integer) rs.getObject(13), rs.getString(14), (Double) rs.getObject(15), installed == null ? null : installed.toLocalDate(),
                equipment(rs.getArray(17)));
    }

    private static Set<Equipment> equipment(Array array) throws SQLException {
        Set<Equipment> items = EnumSet.noneOf(Equipment.class);
        Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(Equipment::of).forEach(e -> e.ifPresent(items::add));
        return items;
    }

    private static Map<String, Long> ids(Connection db, String sql, String city) throws SQLException {
        return CityRows.of(db, sql, city, rs -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
