package eu.sharingcities.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A named set of a city's points whose sum is charted over long ranges (a SEMS district's heat
 * load, say): the rollup folder keeps the group's own rollup of the members' summed means, so a
 * year at hourly resolution is 8,760 rows read, not 876,000 summed (migrations/V26). Members are
 * found by asset and role, never by name. Runs on the caller's connection and scope.
 */
public final class PointGroups {

    private PointGroups() {
    }

    /**
     * Makes the group the active points of {@code assets} with {@code role}; when its members
     * changed, its rollup is rebuilt from theirs. Returns the group's id.
     */
    public static int define(Connection db, String city, String name, Collection<String> assets, PointRole role) throws SQLException {
        int group;
        try (PreparedStatement st = db.prepareStatement("""
                with made as (insert into point_group (city_code, name) values (?, ?) on conflict (city_code, name) do nothing returning id)
                select id from made union all select id from point_group where city_code = ? and name = ?""")) {
            // kept every SEMS cycle: an unchanged group is read, not written again
            st.setString(1, city);
            st.setString(2, name);
            st.setString(3, city);
            st.setString(4, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                group = rs.getInt(1);
            }
        }
        int changed;
        try (PreparedStatement st = db.prepareStatement("""
                with wanted as (
                    select id from point where city_code = ? and active and asset = any (?) and role = ?),
                gone as (
                    delete from point_group_member m where m.group_id = ? and m.point_id not in (select id from wanted) returning 1),
                added as (
                    insert into point_group_member (group_id, point_id, city_code) select ?, id, ? from wanted
                    on conflict do nothing returning 1)
                select (select count(*) from gone) + (select count(*) from added)""")) {
            st.setString(1, city);
            st.setArray(2, db.createArrayOf("text", assets.toArray()));
            st.setString(3, role.written());
            st.setInt(4, group);
            st.setInt(5, group);
            st.setString(6, city);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                changed = rs.getInt(1);
            }
        }
        if (changed > 0) {
            try (PreparedStatement st = db.prepareStatement("select platform_refresh_group_rollup(?)")) {
                st.setInt(1, group);
                st.execute();
            }
        }
        return group;
    }

    /** The group's summed means over [from, to) at a rollup resolution (not RAW), in time order; empty for a group not defined. */
    public static List<SeriesPoint> series(Connection db, String city, String name, Resolution resolution, Instant from, Instant to)
            throws SQLException {
        if (resolution == Resolution.RAW) {
            throw new IllegalArgumentException("a group's series comes from its rollups: choose 15min, hour or day");
        }
        List<SeriesPoint> series = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select r.bucket, r.value from group_rollup r join point_group g on g.id = r.group_id
                where g.city_code = ? and g.name = ? and r.resolution = ? and r.bucket >= ? and r.bucket < ? order by r.bucket""")) {
            st.setString(1, city);
            st.setString(2, name);
            st.setString(3, resolution.rollup());
            st.setTimestamp(4, Timestamp.from(from));
            st.setTimestamp(5, Timestamp.from(to));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(2);
                    series.add(new SeriesPoint(rs.getTimestamp(1).toInstant(), value, value, value));
                }
            }
        }
        return series;
    }
}
