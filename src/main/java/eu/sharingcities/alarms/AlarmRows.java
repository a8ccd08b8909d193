package eu.sharingcities.alarms;

import eu.sharingcities.text.MessageJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Alarms as rows: the alarm's state in {@code alarm}, each step appended to {@code alarm_step}. */
final class AlarmRows {

    private AlarmRows() {
    }

    /** The rule's open alarm (active, or returned to normal unacknowledged), locked; the columns {@link #alarm} reads. */
    private static final String SELECT_OPEN = """
            select a.id, a.raised_at, a.value, a.message, a.state, r.shelved_until from alarm a join alarm_rule r on r.id = a.rule_id
            where a.rule_id = ? and a.state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED')
            order by a.id desc limit 1 for update of a""";

    /** Columns: id, raised_at, value, message, state, the rule's shelved_until. */
    static Alarm alarm(ResultSet rs, AlarmRule rule) throws SQLException {
        Timestamp shelved = rs.getTimestamp(6);
        return new Alarm(rs.getLong(1), rule, rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getString(4), AlarmState.valueOf(rs.getString(5)),
                shelved == null ? null : shelved.toInstant(), List.of());
    }

    /** Stores each change (see {@link #apply}); returns those that raised or cleared an alarm. */
    static List<AlarmChange> applyAll(Connection db, List<AlarmChange> changes) throws SQLException {
        List<AlarmChange> stored = new java.util.ArrayList<>();
        for (AlarmChange change : changes) {
            if (apply(db, change)) {
                stored.add(change);
            }
        }
        return stored;
    }

    /**
     * Stores a change against the rule's open alarm: a raise opens a new alarm, or makes the one
     * that returned to normal unacknowledged active again (the same alarm, ISA-18.2); a return to
     * normal clears the active one; suppression and removal from service end the open one as such.
     * True when an alarm was raised, raised again, or cleared (what the portal and e-mail hear of).
     */
    static boolean apply(Connection db, AlarmChange change) throws SQLException {
        try (PreparedStatement open = db.prepareStatement(SELECT_OPEN)) {
            open.setLong(1, change.rule().id());
            try (ResultSet rs = open.executeQuery()) {
                if (rs.next()) {
                    Alarm alarm = alarm(rs, change.rule());
                    Alarm next = switch (change.kind()) {
                        case RAISED -> alarm.state() == AlarmState.CLEARED_UNACKNOWLEDGED ? alarm.reactivate(change.at(), change.message().english()) : null;
                        case CLEARED -> alarm.state().active() ? alarm.clear(change.at(), change.message().english()) : null;
                        case SUPPRESSED -> alarm.state().active() ? alarm.suppress(change.at(), change.message().english()) : null;
                    };
                    if (next == null) {
                        return false; // active again while active (e.g. after a restart), or normal while not active: nothing new
                    }
                    update(db, next, next.history().getLast());
                    return change.kind() == AlarmChange.Kind.RAISED || change.kind() == AlarmChange.Kind.CLEARED;
                }
            }
        }
        if (change.active()) {
            insert(db, change);
        }
        return change.active();
    }

    /** Ends the rule's open alarm, if any, as removed from service (its rule was switched off). */
    static void removeFromService(Connection db, AlarmRule rule, String by, String reason, java.time.Instant at) throws SQLException {
        try (PreparedStatement open = db.prepareStatement(SELECT_OPEN)) {
            open.setLong(1, rule.id());
            try (ResultSet rs = open.executeQuery()) {
                if (rs.next()) {
                    Alarm ended = alarm(rs, rule).removeFromService(by, reason, at);
                    update(db, ended, ended.history().getLast());
                }
            }
        }
    }

    static void insert(Connection db, AlarmChange change) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into alarm (rule_id, city_code, raised_at, value, message, why, state, updated_at)
                values (?, ?, ?, ?, ?, ?::jsonb, 'ACTIVE_UNACKNOWLEDGED', ?)
                returning id""")) {
            insert.setLong(1, change.rule().id());
            insert.setString(2, change.rule().cityCode());
            insert.setTimestamp(3, Timestamp.from(change.at()));
            insert.setObject(4, Double.isNaN(change.value()) ? null : change.value());
            insert.setString(5, change.message().english());
            insert.setString(6, MessageJson.write(change.message()));
            insert.setTimestamp(7, Timestamp.from(change.at()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Alarm raised = Alarm.raised(id, change);
        step(db, raised, raised.history().getFirst());
    }

    static void update(Connection db, Alarm alarm, Alarm.Step step) throws SQLException {
        // shelving is the rule's (alarm_rule.shelved_until); the alarm's own column is no longer written
        try (PreparedStatement update = db.prepareStatement("update alarm set state = ?, updated_at = ? where id = ?")) {
            update.setString(1, alarm.state().name());
            update.setTimestamp(2, Timestamp.from(step.at()));
            update.setLong(3, alarm.id());
            update.executeUpdate();
        }
        step(db, alarm, step);
    }

    private static void step(Connection db, Alarm alarm, Alarm.Step step) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into alarm_step (alarm_id, city_code, at, what, by_user, comment) values (?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, alarm.id());
            insert.setString(2, alarm.rule().cityCode());
            insert.setTimestamp(3, Timestamp.from(step.at()));
            insert.setString(4, step.what());
            insert.setString(5, step.by());
            insert.setString(6, step.comment());
            insert.executeUpdate();
        }
    }
}
