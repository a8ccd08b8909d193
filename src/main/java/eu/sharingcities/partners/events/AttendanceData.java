package eu.sharingcities.partners.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Who registered for an event and who exhibits at its trade show, in SQL on the caller's connection. */
final class AttendanceData {

    /** An exhibitor's row: the result ids are resolved to titles by the caller. */
    record StandRow(String organisation, String booth, Stand stand) {
    }

    private AttendanceData() {
    }

    static List<Participant> participants(Connection db, String event) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select username, display_name, organisation from partner_event_registration where event = ? order by display_name, username""")) {
            st.setString(1, event);
            List<Participant> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(participant(rs));
                }
            }
            return all;
        }
    }

    static Optional<Participant> participant(Connection db, String event, String username) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select username, display_name, organisation from partner_event_registration where event = ? and username = ?""")) {
            st.setString(1, event);
            st.setString(2, username);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(participant(rs)) : Optional.empty();
            }
        }
    }

    /** A registration row read as (username, display_name, organisation). */
    private static Participant participant(ResultSet rs) throws SQLException {
        return new Participant(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    /**
     * Registers a person unless the event is full, counting under a lock on the event so two last
     * registrations cannot both take the last place; false when it is full.
     */
    static boolean register(Connection db, String event, Participant p, Integer capacity) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select 1 from partner_event where code = ? for update")) {
            lock.setString(1, event);
            lock.executeQuery().close();
        }
        if (capacity != null && participants(db, event).size() >= capacity) {
            return false;
        }
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event_registration (event, username, display_name, organisation) values (?, ?, ?, ?)
                on conflict (event, username) do nothing""")) {
            st.setString(1, event);
            st.setString(2, p.username());
            st.setString(3, p.displayName());
            st.setString(4, p.organisation());
            st.executeUpdate();
            return true;
        }
    }

    static boolean unregister(Connection db, String event, String username) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from partner_event_registration where event = ? and username = ?")) {
            st.setString(1, event);
            st.setString(2, username);
            return st.executeUpdate() == 1;
        }
    }

    static List<StandRow> stands(Connection db, String event) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select organisation, booth, results, competences, pitch from partner_event_exhibitor where event = ?
                order by booth nulls last, organisation""")) {
            st.setString(1, event);
            List<StandRow> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new StandRow(rs.getString(1), rs.getString(2), new Stand(Arrays.asList((Long[]) rs.getArray(3).getArray()),
                            Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5))));
                }
            }
            return all;
        }
    }

    /** Adds or changes what an organisation presents; its booth stays as consortium staff assigned it. */
    static void putStand(Connection db, String event, String organisation, Stand stand) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event_exhibitor (event, organisation, results, competences, pitch) values (?, ?, ?, ?, ?)
                on conflict (event, organisation) do update set results = excluded.results, competences = excluded.competences, pitch = excluded.pitch""")) {
            Array results = db.createArrayOf("bigint", stand.results().toArray());
            Array competences = db.createArrayOf("text", stand.competences().toArray());
            st.setString(1, event);
            st.setString(2, organisation);
            st.setArray(3, results);
            st.setArray(4, competences);
            st.setString(5, stand.pitch());
            st.executeUpdate();
        }
    }

    /** Assigns a booth to an exhibitor; false when the organisation does not exhibit. */
    static boolean assignBooth(Connection db, String event, String organisation, String booth) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_event_exhibitor set booth = ? where event = ? and organisation = ?")) {
            st.setString(1, booth);
            st.setString(2, event);
            st.setString(3, organisation);
            return st.executeUpdate() == 1;
        }
    }

    static boolean boothTaken(Connection db, String event, String organisation, String booth) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select 1 from partner_event_exhibitor where event = ? and booth = ? and organisation <> ?")) {
            st.setString(1, event);
            st.setString(2, booth);
            st.setString(3, organisation);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
