package eu.sharingcities.mobility.history;

import eu.sharingcities.mobility.BikeOperator;
import eu.sharingcities.telemetry.PointRole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The points of an operator's docking stations, registered from its feed (source {@code gbfs}): a
 * station is the asset {@code bike-station:<operator>/<station id>}, its bikes, free docks and
 * e-bikes' charge the roles; points of stations the feed no longer lists are made inactive (their
 * readings stay), as a configuration file's are.
 */
public final class StationPoints {

    public static final String SOURCE = "gbfs";
    /** What each station reports, with its unit. */
    static final Map<PointRole, String> ROLES = Map.of(PointRole.AVAILABLE_VEHICLE_COUNT, "bikes", PointRole.AVAILABLE_DOCK_COUNT, "docks",
            PointRole.BATTERY_STATE_OF_CHARGE_SENSOR, "%");
    private static final int MAX_ASSET = 200;

    /** A station's point for one role. */
    public record Key(String stationId, PointRole role) {
    }

    private StationPoints() {
    }

    /** The asset a station's points belong to. */
    public static String asset(String operatorCode, String stationId) {
        return "bike-station:" + operatorCode + "/" + stationId;
    }

    /** Registers the points of the operator's {@code stationIds} and returns their ids (stations whose id makes too long an asset have none). */
    static Map<Key, Integer> sync(Connection db, BikeOperator operator, List<String> stationIds) throws SQLException {
        List<String> codes = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Map<String, Key> byCode = new java.util.HashMap<>();
        for (String station : stationIds) {
            String asset = asset(operator.code(), station);
            if (asset.length() > MAX_ASSET) {
                continue;
            }
            for (Map.Entry<PointRole, String> role : ROLES.entrySet()) {
                String code = code(operator.code(), station, role.getKey());
                codes.add(code);
                nodes.add(station + "#" + role.getKey().written());
                assets.add(asset);
                roles.add(role.getKey().written());
                units.add(role.getValue());
                byCode.put(code, new Key(station, role.getKey()));
            }
        }
        Map<Key, Integer> ids = new java.util.HashMap<>();
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into point (city_code, code, endpoint_id, node, asset, unit, role, source, active)
                select ?, c, ?, n, a, u, r, ?, true from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as x(c, n, a, r, u)
                on conflict (city_code, code) do update set node = excluded.node, asset = excluded.asset, role = excluded.role,
                    unit = excluded.unit, source = excluded.source, endpoint_id = excluded.endpoint_id, active = true
                returning code, id""")) {
            int i = 0;
            upsert.setString(++i, operator.city());
            upsert.setString(++i, endpoint(operator.code()));
            upsert.setString(++i, SOURCE);
            for (List<String> column : List.of(codes, nodes, assets, roles, units)) {
                upsert.setArray(++i, db.createArrayOf("text", column.toArray()));
            }
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    ids.put(byCode.get(rs.getString(1)), rs.getInt(2));
                }
            }
        }
        try (PreparedStatement retire = db.prepareStatement("""
                update point set active = false where city_code = ? and source = ? and endpoint_id = ? and active and not (code = any (?))""")) {
            retire.setString(1, operator.city());
            retire.setString(2, SOURCE);
            retire.setString(3, endpoint(operator.code()));
            retire.setArray(4, db.createArrayOf("text", codes.toArray()));
            retire.executeUpdate();
        }
        return ids;
    }

    /** Where the points' readings come from, in the registry's endpoint column (and the feed's lease): the operator's feed. */
    public static String endpoint(String operatorCode) {
        return SOURCE + ":" + operatorCode;
    }

    /** The point's code: readable where the station's id is already a code's characters, a digest of it otherwise. */
    static String code(String operatorCode, String stationId, PointRole role) {
        String suffix = switch (role) {
            case AVAILABLE_VEHICLE_COUNT -> "bikes";
            case AVAILABLE_DOCK_COUNT -> "docks";
            default -> "charge";
        };
        String station = stationId.matches("[a-z0-9._-]{1,64}") ? stationId : digest(stationId);
        return SOURCE + "." + operatorCode + "." + station + "." + suffix;
    }

    private static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
