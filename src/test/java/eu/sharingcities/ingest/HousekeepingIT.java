package eu.sharingcities.ingest;

import eu.sharingcities.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HousekeepingIT {

    @Test
    void partitionsAreMadeAWeekAheadAndOldOnesDropped() throws Exception {
        String url = TestDatabase.createMigratedDatabase("housekeeping");
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("create table reading_20200101 partition of reading for values from ('2020-01-01 00:00+00') to ('2020-01-02 00:00+00')");
            st.execute("set platform.cities = '*'");
            st.execute("insert into point (city_code, code, endpoint_id, node, unit) values ('warsaw', 'warsaw.p', 'e', 'nsu=urn:x;s=p', 'kW')");
            st.execute("insert into reading_rollup select 'hour', id, '2015-01-01', 1, 1, 1, 1, 1, '2015-01-01' from point");
            st.execute("insert into reading_rollup select 'hour', id, now(), 1, 1, 1, 1, 1, now() from point");

            try (Connection platform = TestDatabase.connectAsPlatform(url)) { // the owner's rights only through V22's functions
                Housekeeping.run(platform, new Housekeeping.Retention(Duration.ofDays(30), Duration.ofDays(60), Duration.ofDays(365), Duration.ofDays(3650)));
            }

            assertThat(count(st, "select count(*) from pg_class where relname = 'reading_20200101'")).as("older than 30 days").isZero();
            assertThat(count(st, "select count(*) from pg_class where relname = 'reading_' || to_char(current_date + 7, 'YYYYMMDD')")).isEqualTo(1);
            assertThat(count(st, "select count(*) from reading_rollup where resolution = 'hour'")).as("the 2015 hour deleted").isEqualTo(1);
        }
    }

    private static int count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
