package eu.sharingcities.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows a query with one parameter, the city, answers, each made into a value. */
public final class CityRows {

    /** Makes the current row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    private CityRows() {
    }

    public static <T> List<T> of(Connection db, String sql, String city, Row<T> row) throws SQLException {
        List<T> values = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, city);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(row.of(rs));
                }
            }
        }
        return values;
    }
}
