package eu.sharingcities.partners.events;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A session's minutes, decisions and follow-up actions in SQL, on the caller's connection. */
final class RecordData {

    /** An action with the session (and so the event) it was agreed in. */
    record ActionRow(long sessionId, String event, FollowUpAction action) {
    }

    private RecordData() {
    }

    static void minutes(Connection db, long session, String minutes, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_event_session set minutes = ?, minutes_by = ?, minutes_at = now() where id = ?")) {
            st.setString(1, minutes);
            st.setString(2, by);
            st.setLong(3, session);
            st.executeUpdate();
        }
    }

    static List<Decision> decisions(Connection db, long session) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select id, text, recorded_by, recorded_at from partner_event_decision where session_id = ? order by id")) {
            st.setLong(1, session);
            List<Decision> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
            return all;
        }
    }

    static long decide(Connection db, long session, String text, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into partner_event_decision (session_id, text, recorded_by) values (?, ?, ?) returning id")) {
            st.setLong(1, session);
            st.setString(2, text);
            st.setString(3, by);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<FollowUpAction> actions(Connection db, long session) throws SQLException {
        return actionRows(db, "a.session_id = ?", session).stream().map(ActionRow::action).toList();
    }

    static Optional<ActionRow> action(Connection db, long id) throws SQLException {
        return actionRows(db, "a.id = ?", id).stream().findFirst();
    }

    static long addAction(Connection db, long session, String text, String owner, LocalDate dueOn, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event_action (session_id, text, owner, due_on, recorded_by) values (?, ?, ?, ?, ?) returning id""")) {
            st.setLong(1, session);
            st.setString(2, text);
            st.setString(3, owner);
            st.setDate(4, dueOn == null ? null : Date.valueOf(dueOn));
            st.setString(5, by);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void done(Connection db, long id, boolean done) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_event_action set done_at = case when ? then now() end where id = ?")) {
            st.setBoolean(1, done);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    private static List<ActionRow> actionRows(Connection db, String where, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select a.session_id, s.event, a.id, a.text, a.owner, coalesce(r.display_name, a.owner), a.due_on, a.done_at
                from partner_event_action a join partner_event_session s on s.id = a.session_id
                left join partner_event_registration r on r.event = s.event and r.username = a.owner
                where %s order by a.id""".formatted(where))) {
            st.setLong(1, id);
            List<ActionRow> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Date due = rs.getDate(7);
                    all.add(new ActionRow(rs.getLong(1), rs.getString(2), new FollowUpAction(rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), due == null ? null : due.toLocalDate(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant())));
                }
            }
            return all;
        }
    }
}
