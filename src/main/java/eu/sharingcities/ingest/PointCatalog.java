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

    /**
     * Synchronises the city's points and returns, per endpoint id, its points with their ids. Each
     * endpoint's points go in one statement (arrays unnested): a city of 16,000 points took
     * seconds at every start one row at a time.
     */
    public static Map<String, List<BoundPoint>> sync(Connection db, CityIngestConfig config) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Map<String, List<BoundPoint>> byEndpoint = new HashMap<>();
        try (PreparedStatement scope = db.prepareStatement("select set_config('platform.cities', ?, true)");
             PreparedStatement deactivate = db.prepareStatement("update point set active = false where city_code = ? and source = 'opcua'");
             PreparedStatement upsert = db.prepareStatement("""
                     insert into point (city_code, code, endpoint_id, node, asset, unit, scale, value_offset, active,
                                        write_min, write_max, write_max_step, write_min_interval_s, role)
                     select ?, p.code, ?, p.node, p.asset, p.unit, p.scale, p.value_offset, true,
                            p.write_min, p.write_max, p.write_max_step, p.write_min_interval_s, p.role
                     from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[],
                                 ?::int4[], ?::text[])
                          as p(code, node, asset, unit, scale, value_offset, write_min, write_max, write_max_step, write_min_interval_s, role)
                     on conflict (city_code, code) do update set endpoint_id = excluded.endpoint_id, node = excluded.node,
                         asset = case when point.meaning_from_portal and excluded.asset = '' and excluded.role is null then point.asset else excluded.asset end,
                         role = case when point.meaning_from_portal and excluded.asset = '' and excluded.role is null then point.role else excluded.role end,
                         meaning_from_portal = point.meaning_from_portal and excluded.asset = '' and excluded.role is null,
                         unit = excluded.unit, scale = excluded.scale, value_offset = excluded.value_offset, active = true,
                         write_min = excluded.write_min, write_max = excluded.write_max, write_max_step = excluded.write_max_step,
                         write_min_interval_s = excluded.write_min_interval_s
                     returning code, id""")) {
            scope.setString(1, config.cityCode());
            scope.execute();
            deactivate.setString(1, config.cityCode());
            deactivate.executeUpdate();
            for (EndpointSettings endpoint : config.endpoints()) {
                bind(db, upsert, config.cityCode(), endpoint);
                Map<String, Integer> ids = new HashMap<>();
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getInt(2));
                    }
                }
                byEndpoint.put(endpoint.id(), endpoint.points().stream().map(p -> new BoundPoint(ids.get(p.code().value()), p)).toList());
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

    /** The endpoint's points as one array per column, in the order of the statement's unnest. */
    private static void bind(Connection db, PreparedStatement upsert, String city, EndpointSettings endpoint) throws SQLException {
        List<PointBinding> points = endpoint.points();
        int n = points.size();
        Object[][] columns = {new String[n], new String[n], new String[n], new String[n], new Double[n], new Double[n], new Double[n],
                new Double[n], new Double[n], new Integer[n], new String[n]};
        for (int i = 0; i < n; i++) {
            PointBinding p = points.get(i);
            WriteLimits w = p.write();
            columns[0][i] = p.code().value();
            columns[1][i] = p.node().toString();
            columns[2][i] = p.asset();
            columns[3][i] = p.unit();
            columns[4][i] = p.scale();
            columns[5][i] = p.offset();
            columns[6][i] = w == null ? null : w.min();
            columns[7][i] = w == null ? null : w.max();
            columns[8][i] = w == null ? null : w.maxStep();
            columns[9][i] = w == null ? null : (int) w.minInterval().toSeconds();
            columns[10][i] = p.role() == null ? null : p.role().written();
        }
        String[] types = {"text", "text", "text", "text", "float8", "float8", "float8", "float8", "float8", "int4", "text"};
        upsert.setString(1, city);
        upsert.setString(2, endpoint.id());
        for (int c = 0; c < columns.length; c++) {
            upsert.setArray(3 + c, db.createArrayOf(types[c], columns[c]));
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
