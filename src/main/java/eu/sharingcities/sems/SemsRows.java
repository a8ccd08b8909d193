package eu.sharingcities.sems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** SEMS settings and strategies as rows, read the same way by the portal's service and the control cycle. */
final class SemsRows {

    private SemsRows() {
    }

    static DistrictSettings settings(Connection db, String city) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select settings from sems_district where city_code = ?")) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Sems.JSON.fromJson(rs.getString(1), DistrictSettings.class) : DistrictSettings.defaults(LocalDate.now());
            }
        }
    }

    static List<StoredStrategy> strategies(Connection db, String city) throws SQLException {
        List<StoredStrategy> strategies = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select id, city_code, kind, mode, enabled, config, changed_by, changed_at from sems_strategy
                where (city_code = ? or ? is null) order by city_code, kind""")) {
            st.setString(1, city);
            st.setString(2, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    strategies.add(new StoredStrategy(rs.getLong(1), rs.getString(2), StrategyKind.valueOf(rs.getString(3)),
                            Mode.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return strategies;
    }
}
