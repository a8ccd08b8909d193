package eu.sharingcities.database;

import eu.sharingcities.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's own database login (issue 13): made by the owner after the migrations, bound by
 * row-level security whatever it runs — no scope set, or {@code RESET ROLE} out of the tenant role
 * — unable to switch the policies off, and still able to do housekeeping and account administration.
 * A login that could escape row-level security is named and refused.
 */
class ApplicationLoginIT {

    private static final String LOGIN = "login_probe_app";
    private static final String PASSWORD = "probe's secret";
    private static String url;

    @BeforeAll
    static void migratedDatabaseWithTwoCitiesPoints() throws SQLException {
        url = TestDatabase.createEmptyDatabase("application_login");
        Flyway.configure().dataSource(url, "postgres", TestDatabase.password()).locations("filesystem:migrations").load().migrate();
        try (Connection owner = owner(); Statement st = owner.createStatement()) {
            st.execute("drop role if exists " + LOGIN);
            ApplicationLogin.prepare(owner, LOGIN, PASSWORD);
            ApplicationLogin.prepare(owner, LOGIN, PASSWORD); // each start prepares it again
            st.execute("set platform.cities = '*'");
            st.execute("insert into point (city_code, code, endpoint_id, node, unit) values "
                    + "('london', 'london.t', 'e', 'ns=2;s=t', 'CEL'), ('milan', 'milan.t', 'e', 'ns=2;s=t', 'CEL')");
        }
    }

    @Test
    void theOwnersSuperuserIsRefusedAndThePreparedLoginAccepted() throws SQLException {
        try (Connection superuser = owner()) {
            assertThat(ApplicationLogin.refusal(superuser)).get().asString()
                    .contains("DB_USER=postgres").contains("superuser").contains("DB_OWNER_USER");
        }
        try (Connection application = application()) {
            assertThat(ApplicationLogin.refusal(application)).isEmpty();
        }
    }

    @Test
    void aLoginThatOwnsATableIsRefused() throws SQLException {
        try (Connection owner = owner(); Statement st = owner.createStatement()) {
            st.execute("drop table if exists owned_by_probe; drop role if exists owner_probe");
            st.execute("create role owner_probe login password 'x'");
            st.execute("create table owned_by_probe (id int)");
            st.execute("alter table owned_by_probe owner to owner_probe");
        }
        try (Connection tableOwner = DriverManager.getConnection(url, "owner_probe", "x")) {
            assertThat(ApplicationLogin.refusal(tableOwner)).get().asString().contains("owns").doesNotContain("superuser");
        } finally {
            try (Connection owner = owner(); Statement st = owner.createStatement()) {
                st.execute("drop table owned_by_probe; drop role owner_probe");
            }
        }
    }

    @Test
    void rowLevelSecurityBindsTheLoginEvenAfterResetRole() throws SQLException {
        try (Connection application = application(); Statement st = application.createStatement()) {
            assertThat(count(st, "select count(*) from point")).as("no scope set: nothing").isZero();
            application.setAutoCommit(false);
            st.execute("select set_config('platform.cities', 'milan', true), set_config('role', 'platform_tenant', true)");
            assertThat(count(st, "select count(*) from point")).isEqualTo(1);
            st.execute("reset role");
            assertThat(count(st, "select count(*) from point where city_code = 'london'")).as("back as the login: still Milan only").isZero();
            application.rollback();

            assertThatThrownBy(() -> st.execute("alter table point disable row level security")).hasMessageContaining("must be owner");
            application.rollback();
            assertThatThrownBy(() -> st.execute("drop policy point_in_scope on point")).hasMessageContaining("must be owner");
            application.rollback();
            assertThatThrownBy(() -> st.execute("set role postgres")).hasMessageContaining("permission denied");
            application.rollback();
            assertThatThrownBy(() -> st.execute("select * from flyway_schema_history")).hasMessageContaining("permission denied");
            application.rollback();
        }
    }

    @Test
    void housekeepingAndAccountAdministrationStillWork() throws SQLException {
        try (Connection application = application(); Statement st = application.createStatement()) {
            st.execute("set platform.cities = '*'");
            assertThat(count(st, "select ensure_reading_partitions(0, 12)")).as("partitions made with the owner's rights").isPositive();
            String future = "reading_" + LocalDate.now(ZoneOffset.UTC).plusDays(12).toString().replace("-", "");
            assertThat(count(st, "select count(*) from pg_class where relname = '" + future + "' and relrowsecurity and relforcerowsecurity"))
                    .isEqualTo(1);
            assertThat(count(st, "select drop_reading_partitions_before(current_date - 400)")).isZero();
            assertThat(st.executeUpdate("update user_account set display_name = display_name")).isNotNegative();

            application.setAutoCommit(false);
            st.execute("set local role platform_tenant");
            assertThatThrownBy(() -> st.execute("select drop_reading_partitions_before(current_date)"))
                    .as("a city's transaction cannot drop readings").hasMessageContaining("permission denied");
            application.rollback();
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url, "postgres", TestDatabase.password());
    }

    private static Connection application() throws SQLException {
        return DriverManager.getConnection(url, LOGIN, PASSWORD);
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (var rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
