package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.EndpointSettings;
import eu.sharingcities.ingest.config.PointBinding;
import eu.sharingcities.ingest.config.WriteLimits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the {@code point} table in step with a city's configuration: new points are added,
 * changed ones updated, points no longer configured marked inactive (their readings stay). Points
 * of another source (a bike-share operator's feed) are not the file's and are left alone.
 */
public final class PointCatalog {

    private PointCatalog() {
    }

    /** Synchronises the city's points and returns, per endpoint id, its points with their ids. */
    public static Map<String, List<BoundPoint>> sync(Connection db, CityIngestConfig config) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Map<String, List<BoundPoint>> byEndpoint = new HashMap<>();
        try (PreparedStatement scope = db.prepareStatement("select set_config('platform.cities', ?, true)");
             PreparedStatement deactivate = db.prepareStatement("update point set active = false where city_code = ? and source = 'opcua'");
             PreparedStatement upsert = db.prepareStatement("""
                     insert into point (city_code, code, endpoint_id, node, asset, unit, scale, value_offset, active,
                                        write_min, write_max, write_max_step, write_min_interval_s, role)
                     values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)
                     on conflict (city_code, code) do update set endpoint_id = excluded.endpoint_id, node = excluded.node,
                         asset = case when point.meaning_from_portal and excluded.asset = '' and excluded.role is null then point.asset else excluded.asset end,
                         role = case when point.meaning_from_portal and excluded.asset = '' and excluded.role is null then point.role else excluded.role end,
                         meaning_from_portal = point.meaning_from_portal and excluded.asset = '' and excluded.role is null,
                         unit = excluded.unit, scale = excluded.scale, value_offset = excluded.value_offset, active = true,
                         write_min = excluded.write_min, write_max = excluded.write_max, write_max_step = excluded.write_max_step,
                         write_min_interval_s = excluded.write_min_interval_s
                     returning id""")) {
            scope.setString(1, config.cityCode());
            scope.execute();
            deactivate.setString(1, config.cityCode());
            deactivate.executeUpdate();
            for (EndpointSettings endpoint : config.endpoints()) {
                List<BoundPoint> bound = new ArrayList<>();
                for (PointBinding p : endpoint.points()) {
                    upsert.setString(1, config.cityCode());
                    upsert.setString(2, p.code().value());
                    upsert.setString(3, endpoint.id());
                    upsert.setString(4, p.node().toString());
                    upsert.setString(5, p.asset());
                    upsert.setString(6, p.unit());
                    upsert.setDouble(7, p.scale());
                    upsert.setDouble(8, p.offset());
                    WriteLimits w = p.write();
                    upsert.setObject(9, w == null ? null : w.min());
                    upsert.setObject(10, w == null ? null : w.max());
                    upsert.setObject(11, w == null ? null : w.maxStep());
                    upsert.setObject(12, w == null ? null : (int) w.minInterval().toSeconds());
                    upsert.setString(13, p.role() == null ? null : p.role().written());
                    try (ResultSet id = upsert.executeQuery()) {
                        id.next();
                        bound.add(new BoundPoint(id.getInt(1), p));
                    }
                }
                byEndpoint.put(endpoint.id(), bound);
            }
            db.commit();
            return byEndpoint;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * Source time (µs) of each point's newest stored reading, for a connection to back-fill from
     * after the platform itself was down (the readings in memory when it stopped are in that gap).
     */
    public static Map<Integer, Long> newestStored(Connection db, String cityCode) throws SQLException {
        Map<Integer, Long> newest = new HashMap<>();
        try (PreparedStatement scope = db.prepareStatement("select set_config('platform.cities', ?, false)")) {
            scope.setString(1, cityCode);
            scope.execute();
        }
        try (PreparedStatement query = db.prepareStatement("""
                select l.point_id, (extract(epoch from l.source_time) * 1000000)::bigint
                from point_latest l join point p on p.id = l.point_id where p.city_code = ?""")) {
            query.setString(1, cityCode);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    newest.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return newest;
    }
}
