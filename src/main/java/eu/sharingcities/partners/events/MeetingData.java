package eu.sharingcities.partners.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One-to-one meetings and the time they hold, in SQL on the caller's connection. */
final class MeetingData {

    /** PostgreSQL's exclusion_violation: the time is already held. */
    static final String TIME_TAKEN = "23P01";

    private static final String SELECT = """
            select m.id, m.event, m.requester, coalesce(a.display_name, m.requester), coalesce(a.organisation, ''),
                   m.invitee, coalesce(b.display_name, m.invitee), coalesce(b.organisation, ''), m.starts_at, m.ends_at, m.subject, m.state
            from partner_event_meeting m
            left join partner_event_registration a on a.event = m.event and a.username = m.requester
            left join partner_event_registration b on b.event = m.event and b.username = m.invitee
            """;

    private MeetingData() {
    }

    /** A person's meetings at an event, in time order. */
    static List<Meeting> of(Connection db, String event, String username) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(SELECT + " where m.event = ? and (m.requester = ? or m.invitee = ?) order by m.starts_at, m.id")) {
            st.setString(1, event);
            st.setString(2, username);
            st.setString(3, username);
            return read(st);
        }
    }

    static Optional<Meeting> meeting(Connection db, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(SELECT + " where m.id = ?")) {
            st.setLong(1, id);
            return read(st).stream().findFirst();
        }
    }

    /** The accepted meetings of either person that overlap the time. */
    static List<Meeting> clashes(Connection db, String event, List<String> people, Instant start, Instant end) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(SELECT + """
                 where m.event = ? and m.state = 'accepted' and (m.requester = any (?) or m.invitee = any (?))
                   and m.starts_at < ? and m.ends_at > ? order by m.starts_at""")) {
            st.setString(1, event);
            st.setArray(2, db.createArrayOf("text", people.toArray()));
            st.setArray(3, db.createArrayOf("text", people.toArray()));
            st.setTimestamp(4, Timestamp.from(end));
            st.setTimestamp(5, Timestamp.from(start));
            return read(st);
        }
    }

    static long insert(Connection db, String event, String requester, String invitee, Instant start, Instant end, String subject) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event_meeting (event, requester, invitee, starts_at, ends_at, subject) values (?, ?, ?, ?, ?, ?) returning id""")) {
            st.setString(1, event);
            st.setString(2, requester);
            st.setString(3, invitee);
            st.setTimestamp(4, Timestamp.from(start));
            st.setTimestamp(5, Timestamp.from(end));
            st.setString(6, subject);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves a meeting on from the state it was read in; false when someone moved it first. */
    static boolean setState(Connection db, long id, Meeting.State from, Meeting.State to) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_event_meeting set state = ?, answered_at = now() where id = ? and state = ?")) {
            st.setString(1, to.name().toLowerCase());
            st.setLong(2, id);
            st.setString(3, from.name().toLowerCase());
            return st.executeUpdate() == 1;
        }
    }

    /** Holds both people's time; the exclusion constraint refuses it (SQL state 23P01) when either is already busy. */
    static void hold(Connection db, Meeting m) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_event_busy (meeting_id, username, during) values (?, ?, tstzrange(?, ?)), (?, ?, tstzrange(?, ?))""")) {
            int i = 0;
            for (Participant p : List.of(m.requester(), m.invitee())) {
                st.setLong(++i, m.id());
                st.setString(++i, p.username());
                st.setTimestamp(++i, Timestamp.from(m.startsAt()));
                st.setTimestamp(++i, Timestamp.from(m.endsAt()));
            }
            st.executeUpdate();
        }
    }

    static void release(Connection db, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from partner_event_busy where meeting_id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }

    /** Cancels a person's open meetings at an event (they no longer attend) and frees the time; the ids cancelled. */
    static List<Long> cancelAll(Connection db, String event, String username) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                update partner_event_meeting set state = 'cancelled', answered_at = now()
                where event = ? and (requester = ? or invitee = ?) and state in ('requested', 'accepted') returning id""")) {
            st.setString(1, event);
            st.setString(2, username);
            st.setString(3, username);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            release(db, id);
        }
        return ids;
    }

    private static List<Meeting> read(PreparedStatement st) throws SQLException {
        List<Meeting> all = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                all.add(new Meeting(rs.getLong(1), rs.getString(2), new Participant(rs.getString(3), rs.getString(4), rs.getString(5)),
                        new Participant(rs.getString(6), rs.getString(7), rs.getString(8)), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(), rs.getString(11), Meeting.State.valueOf(rs.getString(12).toUpperCase())));
            }
        }
        return all;
    }
}
