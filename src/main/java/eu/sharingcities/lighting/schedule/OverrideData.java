package eu.sharingcities.lighting.schedule;

import eu.sharingcities.database.CityRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The lighting_override table in SQL, on the caller's connection and scope. */
final class OverrideData {

    private OverrideData() {
    }

    /** The overrides in force now (not ended, not expired), newest first. */
    static List<LightingOverride> current(Connection db, String city) throws SQLException {
        return CityRows.of(db, """
                select o.id, case when o.group_id is null then 'LAMP' else 'GROUP' end, coalesce(l.code, g.code), o.level, o.until, o.reason,
                       o.set_by, o.set_at
                from lighting_override o left join lamppost l on l.id = o.lamppost_id left join lighting_group g on g.id = o.group_id
                where o.city_code = ? and o.ended_at is null and o.until > now() order by o.set_at desc, o.id desc""", city,
                rs -> new LightingOverride(rs.getLong(1), LightingOverride.Target.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
    }

    /** Stores an override for the lamppost or group with this code; empty when there is none. */
    static Optional<Long> insert(Connection db, String city, LightingOverride.Target target, String code, int level, Instant until, String reason,
                                 String by) throws SQLException {
        String table = target == LightingOverride.Target.LAMP ? "lamppost" : "lighting_group";
        String column = target == LightingOverride.Target.LAMP ? "lamppost_id" : "group_id";
        try (PreparedStatement st = db.prepareStatement("insert into lighting_override (city_code, " + column + ", level, until, reason, set_by) "
                + "select city_code, id, ?, ?, ?, ? from " + table + " where city_code = ? and code = ? returning id")) {
            st.setInt(1, level);
            st.setTimestamp(2, Timestamp.from(until));
            st.setString(3, reason);
            st.setString(4, by);
            st.setString(5, city);
            st.setString(6, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Ends an override in force; false when there is none with this id in the city. */
    static boolean end(Connection db, String city, long id, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                update lighting_override set ended_by = ?, ended_at = now()
                where city_code = ? and id = ? and ended_at is null and until > now()""")) {
            st.setString(1, by);
            st.setString(2, city);
            st.setLong(3, id);
            return st.executeUpdate() == 1;
        }
    }
}
