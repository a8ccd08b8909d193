package eu.sharingcities.partners.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events and their sessions in SQL, on the caller's connection. */
final class EventData {

    /** An event's row, before its agenda and trade show are read. */
    record Row(String code, EventDetails details, String timeZone, boolean published, int registered) {
    }

    /** A session's row with its minutes, if written. */
    record SessionRow(long id, String event, SessionDetails details, String minutes) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type SPEAKERS = new ArrayList<Speaker>() { }.getClass().getGenericSuperclass();

    private EventData() {
    }

    static List<Row> events(Connection db, String code) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select e.code, e.title, e.city, e.venue, e.starts_on, e.ends_on, e.language, e.description, e.capacity, e.meeting_minutes,
                       e.time_zone, e.published, (select count(*) from partner_event_registration r where r.event = e.code)
                from partner_event e where ?::text is null or e.code = ? order by e.starts_on desc, e.code""")) {
            st.setString(1, code);
            st.setString(2, code);
            List<Row> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Row(rs.getString(1), new EventDetails(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                            rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), (Integer) rs.getObject(9), rs.getInt(10)),
                            rs.getString(11), rs.getBoolean(12), rs.getInt(13)));
                }
            }
            return all;
        }
    }

    static Optional<Row> event(Connection db, String code) throws SQLException {
        return events(db, code).stream().findFirst();
    }

    /** Adds or changes an event; whether it is published stays as it was. */
    static void put(Connection db, String code, EventDetails d, String timeZone) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event (code, title, city, venue, time_zone, starts_on, ends_on, language, description, capacity, meeting_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set title = excluded.title, city = excluded.city, venue = excluded.venue,
                    time_zone = excluded.time_zone, starts_on = excluded.starts_on, ends_on = excluded.ends_on, language = excluded.language,
                    description = excluded.description, capacity = excluded.capacity, meeting_minutes = excluded.meeting_minutes, updated_at = now()""")) {
            int i = 0;
            st.setString(++i, code);
            st.setString(++i, d.title());
            st.setString(++i, d.city());
            st.setString(++i, d.venue());
            st.setString(++i, timeZone);
            st.setDate(++i, Date.valueOf(d.startsOn()));
            st.setDate(++i, Date.valueOf(d.endsOn()));
            st.setString(++i, d.language());
            st.setString(++i, d.description() == null ? "" : d.description());
            st.setObject(++i, d.capacity());
            st.setInt(++i, d.meetingMinutes() == null ? 30 : d.meetingMinutes());
            st.executeUpdate();
        }
    }

    static void publish(Connection db, String code) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_event set published = true, updated_at = now() where code = ?")) {
            st.setString(1, code);
            st.executeUpdate();
        }
    }

    static List<SessionRow> sessions(Connection db, String event) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select id, event, title, kind, room, starts_at, ends_at, description, speakers::text, minutes
                from partner_event_session where event = ? order by starts_at, id""")) {
            st.setString(1, event);
            List<SessionRow> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    List<Speaker> speakers = JSON.fromJson(rs.getString(9), SPEAKERS);
                    all.add(new SessionRow(rs.getLong(1), rs.getString(2), new SessionDetails(rs.getString(3), SessionKind.of(rs.getString(4)),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8), speakers),
                            rs.getString(10)));
                }
            }
            return all;
        }
    }

    static Optional<SessionRow> session(Connection db, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select event from partner_event_session where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String event = rs.getString(1);
                return sessions(db, event).stream().filter(s -> s.id() == id).findFirst();
            }
        }
    }

    /** Adds a session ({@code id} null) or changes one of the event's; the number of rows changed. */
    static long putSession(Connection db, String event, Long id, SessionDetails s) throws SQLException {
        String sql = id == null
                ? "insert into partner_event_session (title, kind, room, starts_at, ends_at, description, speakers, event) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning id"
                : "update partner_event_session set title = ?, kind = ?, room = ?, starts_at = ?, ends_at = ?, description = ?, speakers = ?::jsonb "
                + "where event = ? and id = ? returning id";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            int i = 0;
            st.setString(++i, s.title());
            st.setString(++i, s.kind().code());
            st.setString(++i, s.room());
            st.setTimestamp(++i, Timestamp.from(s.startsAt()));
            st.setTimestamp(++i, Timestamp.from(s.endsAt()));
            st.setString(++i, s.description());
            st.setString(++i, JSON.toJson(s.speakers()));
            st.setString(++i, event);
            if (id != null) {
                st.setLong(++i, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    static boolean deleteSession(Connection db, String event, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from partner_event_session where event = ? and id = ?")) {
            st.setString(1, event);
            st.setLong(2, id);
            return st.executeUpdate() == 1;
        }
    }
}
