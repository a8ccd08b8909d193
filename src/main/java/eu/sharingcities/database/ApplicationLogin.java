package eu.sharingcities.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's own database login (DB_USER), kept apart from the login that runs the migrations
 * and owns the tables (DB_OWNER_USER). Row-level security binds every role that is not a superuser,
 * has no BYPASSRLS and cannot become a table's owner (an owner could switch it off), so the
 * application's login must be such a role: then a city-scoped call that runs {@code RESET ROLE}
 * falls back to a login that row-level security still binds. See docs/security.md, "Database roles".
 */
public final class ApplicationLogin {

    private ApplicationLogin() {
    }

    /**
     * Run by the owner after the migrations: creates the application's login when it does not
     * exist yet (the owner needs CREATEROLE for that) and gives it what the platform needs.
     */
    public static void prepare(Connection owner, String login, String password) throws SQLException {
        if (!exists(owner, login)) {
            execute(owner, "select format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls noreplication password %L', ?, ?)",
                    login, password);
        }
        // the tenant's rights (and SET ROLE platform_tenant for city-scoped calls), migrations/V3 and V20
        execute(owner, "select format('grant platform_tenant to %I', ?)", login);
        // account administration and sign-in run outside a city's scope (security/Accounts.java)
        execute(owner, "select format('grant select, insert, update, delete on user_account, city_grant to %I', ?)", login);
        // housekeeping drops old partitions with the owner's rights, migrations/V22
        execute(owner, "select format('grant execute on function drop_reading_partitions_before(date) to %I', ?)", login);
    }

    /** Why this connection's login must not run the platform, or empty when it may. */
    public static Optional<String> refusal(Connection application) throws SQLException {
        List<String> reasons = new ArrayList<>();
        try (Statement st = application.createStatement(); ResultSet rs = st.executeQuery("""
                select current_user,
                       bool_or(r.rolsuper), bool_or(r.rolbypassrls),
                       bool_or(exists (select from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace))
                from pg_roles r where pg_has_role(current_user, r.oid, 'MEMBER')""")) {
            rs.next();
            if (rs.getBoolean(2)) {
                reasons.add("is (or may become) a superuser");
            }
            if (rs.getBoolean(3)) {
                reasons.add("may bypass row-level security");
            }
            if (rs.getBoolean(4)) {
                reasons.add("owns (or may act as the owner of) the platform's tables");
            }
            if (reasons.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("The database login DB_USER=" + rs.getString(1) + " " + String.join(", ", reasons)
                    + ", so row-level security would not keep each city's data in its city. Run the migrations with the owner's login "
                    + "(DB_OWNER_USER, DB_OWNER_PASSWORD) and give DB_USER a plain login role, which the platform creates when it is "
                    + "missing (see docs/security.md, \"Database roles\").");
        }
    }

    private static boolean exists(Connection db, String login) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select from pg_roles where rolname = ?")) {
            query.setString(1, login);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs the statement that {@code format} builds, so that names and passwords are quoted by PostgreSQL. */
    private static void execute(Connection db, String format, String... arguments) throws SQLException {
        String statement;
        try (PreparedStatement build = db.prepareStatement(format)) {
            for (int i = 0; i < arguments.length; i++) {
                build.setString(i + 1, arguments[i]);
            }
            try (ResultSet rs = build.executeQuery()) {
                rs.next();
                statement = rs.getString(1);
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute(statement);
        }
    }
}
