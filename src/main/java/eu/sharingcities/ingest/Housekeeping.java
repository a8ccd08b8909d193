package eu.sharingcities.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps the readings' storage in shape, hourly: daily partitions exist a week ahead (so no reading
 * lands in the default partition), raw partitions older than the raw retention are dropped and
 * rollups past their resolution's retention deleted.
 */
public final class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    /** How long each form of the readings is kept. */
    public record Retention(Duration raw, Duration quarterHours, Duration hours, Duration days) {
        public static final Retention DEFAULT = new Retention(Duration.ofDays(400), Duration.ofDays(800), Duration.ofDays(1825), Duration.ofDays(3650));
    }

    private Housekeeping() {
    }

    public static void run(Connection db, Retention retention) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("set platform.cities = '*'");
            int created = single(st, "select ensure_reading_partitions(1, 7)");
            int dropped;
            try (PreparedStatement drop = db.prepareStatement("select drop_reading_partitions_before((current_date - ?::integer))")) {
                drop.setLong(1, retention.raw().toDays());
                try (ResultSet rs = drop.executeQuery()) {
                    rs.next();
                    dropped = rs.getInt(1);
                }
            }
            int deleted = 0;
            String[][] rollups = {{"15min", Long.toString(retention.quarterHours().toDays())}, {"hour", Long.toString(retention.hours().toDays())},
                    {"day", Long.toString(retention.days().toDays())}};
            try (PreparedStatement delete = db.prepareStatement("delete from reading_rollup where resolution = ? and bucket < now() - make_interval(days => ?)")) {
                for (String[] rollup : rollups) {
                    delete.setString(1, rollup[0]);
                    delete.setInt(2, Integer.parseInt(rollup[1]));
                    deleted += delete.executeUpdate();
                }
            }
            if (created + dropped + deleted > 0) {
                LOG.info("housekeeping: " + created + " partitions created, " + dropped + " dropped, " + deleted + " rollup rows deleted");
            }
        }
    }

    private static int single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
