package eu.sharingcities.database;

import eu.sharingcities.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL in migrations/ on an empty PostgreSQL: what it creates, what row-level security enforces, and a failing migration. */
class MigrationsIT {

    @Test
    void anEmptyDatabaseGetsEveryCityAndDistrict() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_fresh");
        var result = flyway(url, "filesystem:migrations").migrate();

        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            assertThat(count(st, "select count(*) from city")).isEqualTo(6);
            assertThat(count(st, "select count(*) from city where tier = 'LIGHTHOUSE'")).isEqualTo(3);
            assertThat(count(st, "select count(distinct city_code) from district")).isEqualTo(6);
        }
    }

    @Test
    void rowLevelSecurityKeepsEachTransactionToItsCities() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_rls");
        flyway(url, "filesystem:migrations").migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            db.setAutoCommit(false);
            st.execute("select set_config('role', 'platform_tenant', true), set_config('platform.cities', 'milan', true)");
            assertThat(count(st, "select count(*) from district")).isEqualTo(1);
            assertThat(count(st, "select count(*) from district where city_code = 'london'")).isZero();
            assertThat(st.executeUpdate("update district set description = 'x' where city_code = 'london'")).isZero();
            assertThatThrownBy(() -> st.execute("insert into district (city_code, name, latitude, longitude) values ('london', 'Intruder', 0, 0)"))
                    .hasMessageContaining("row-level security");
            db.rollback();

            st.execute("select set_config('role', 'platform_tenant', true)");
            assertThat(count(st, "select count(*) from district")).as("no cities set: nothing visible").isZero();
            db.rollback();
        }
    }

    @Test
    void aReadingPartitionQueriedByNameKeepsToTheCitiesAndTheTenantCannotChangeAccounts() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_partitions");
        flyway(url, "filesystem:migrations").migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            st.execute("insert into point (city_code, code, endpoint_id, node, unit) values ('london', 'london.t', 'e', 'ns=2;s=t', '°C'), ('milan', 'milan.t', 'e', 'ns=2;s=t', '°C')");
            st.execute("insert into reading (point_id, source_time, value) select id, now(), 20 from point");
            st.execute("select ensure_reading_partitions(0, 10)");
            String today = "reading_" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");
            String future = "reading_" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString().replace("-", "");
            db.setAutoCommit(false);
            st.execute("select set_config('role', 'platform_tenant', true), set_config('platform.cities', 'milan', true)");
            assertThat(count(st, "select count(*) from " + today)).as("by name, only Milan's reading").isEqualTo(1);
            assertThat(count(st, "select count(*) from reading_default")).isZero();
            assertThat(count(st, "select count(*) from pg_class where relname = '" + future + "' and relrowsecurity and relforcerowsecurity"))
                    .as("a partition made later is secured too").isEqualTo(1);
            assertThatThrownBy(() -> st.execute("update user_account set password_hash = 'x'")).hasMessageContaining("permission denied");
            db.rollback();
            st.execute("select set_config('role', 'platform_tenant', true)");
            assertThatThrownBy(() -> st.execute("insert into city_grant (user_id, role) values (1, 'CONSORTIUM_ADMIN')"))
                    .hasMessageContaining("permission denied");
            db.rollback();
            st.execute("select set_config('role', 'platform_tenant', true)");
            assertThatThrownBy(() -> st.execute("select password_hash from user_account")).hasMessageContaining("permission denied");
            db.rollback();
        }
    }

    /** Every table that holds a city's rows keeps them in the city, and platform_scope_to_city does it for new ones. */
    @Test
    void everyTableWithACityCodeIsScopedToItsCity() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_scope");
        flyway(url, "filesystem:migrations").migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            var unscoped = st.executeQuery("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = c.oid and a.attname = 'city_code'
                    where n.nspname = 'public' and c.relkind in ('r', 'p') and not (c.relrowsecurity and c.relforcerowsecurity)
                      and c.relname <> 'city_grant' -- accounts' roles, read at sign-in before any city is chosen; written only by account administration (V20)""");
            java.util.List<String> tables = new java.util.ArrayList<>();
            while (unscoped.next()) {
                tables.add(unscoped.getString(1));
            }
            assertThat(tables).as("tables with city_code but without forced row-level security").isEmpty();

            st.execute("create table lamp_test (id serial primary key, city_code varchar(32) not null references city (code))");
            st.execute("select platform_scope_to_city(array['lamp_test'])");
            st.execute("select set_config('platform.cities', '*', false)");
            st.execute("insert into lamp_test (city_code) values ('milan'), ('london')");
            db.setAutoCommit(false);
            st.execute("select set_config('role', 'platform_tenant', true), set_config('platform.cities', 'milan', true)");
            assertThat(count(st, "select count(*) from lamp_test")).as("the tenant sees Milan's row only").isEqualTo(1);
            assertThatThrownBy(() -> st.execute("insert into lamp_test (city_code) values ('london')")).hasMessageContaining("row-level security");
            db.rollback();
        }
    }

    /** OPC UA Part 4, 7.39.2: Good is severity bits 00; Uncertain (0x40000000) and Bad (0x80000000) do not count, nor do NaN and infinities. */
    @Test
    void aGoodReadingIsGoodStatusAndAFiniteValue() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_good");
        flyway(url, "filesystem:migrations").migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            var rs = st.executeQuery("""
                    select reading_is_good(0, 21.5), reading_is_good(1073741824, 21.5), reading_is_good(-2147483648, 21.5),
                           reading_is_good(-2136211456, 21.5), reading_is_good(0, 'NaN'), reading_is_good(0, '-Infinity'), reading_is_good(1024, 0)""");
            rs.next();
            // Good; Uncertain; Bad; Bad_CommunicationError (0x80AC0000 as a signed int); NaN; −∞; Good with info bits set
            assertThat(new boolean[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                    rs.getBoolean(7)}).containsExactly(true, false, false, false, false, false, true);
        }
    }

    @Test
    void theAuditLogCannotBeRewritten() throws SQLException {
        String url = TestDatabase.createEmptyDatabase("migrations_audit");
        flyway(url, "filesystem:migrations").migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
            st.execute("insert into audit_entry (actor, city_code, action, target) values ('tester', 'milan', 'test', 'x')");
            assertThatThrownBy(() -> st.execute("update audit_entry set actor = 'someone else'")).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> st.execute("delete from audit_entry")).hasMessageContaining("cannot be changed");
        }
    }

    @Test
    void aFailingMigrationLeavesNothingHalfApplied() throws Exception {
        String url = TestDatabase.createEmptyDatabase("migrations_broken");
        Path broken = Files.createTempDirectory("broken-migrations");
        try (var files = Files.list(Path.of("migrations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Files.writeString(broken.resolve("V999__broken.sql"), """
                create table half_done (id int);
                insert into no_such_table values (1);
                """);

        assertThatThrownBy(() -> flyway(url, "filesystem:" + broken).migrate())
                .isInstanceOf(FlywayException.class).hasMessageContaining("V999__broken.sql").hasMessageContaining("no_such_table");

        try (Connection db = DriverManager.getConnection(url, "postgres", TestDatabase.password()); Statement st = db.createStatement()) {
            assertThat(count(st, "select count(*) from information_schema.tables where table_name = 'half_done'")).isZero();
            assertThat(count(st, "select count(*) from city")).as("the earlier migrations stand").isEqualTo(6);
        }
    }

    private static Flyway flyway(String url, String location) {
        return Flyway.configure().dataSource(url, "postgres", TestDatabase.password()).locations(location).load();
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (var rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
