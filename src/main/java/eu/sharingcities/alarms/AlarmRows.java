package eu.sharingcities.alarms;

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

    /** Columns: id, raised_at, value, message, state, shelved_until. */
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
     * Raises an alarm for an active change unless the rule's alarm is open already; clears the open
     * one for an inactive change. True when an alarm was raised or cleared.
     */
    static boolean apply(Connection db, AlarmChange change) throws SQLException {
        try (PreparedStatement open = db.prepareStatement("""
                select id, raised_at, value, message, state, shelved_until from alarm
                where rule_id = ? and state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED') for update""")) {
            open.setLong(1, change.rule().id());
            try (ResultSet rs = open.executeQuery()) {
                if (rs.next()) {
                    if (change.active()) {
                        return false; // active again while its alarm is open (e.g. after a restart): the same alarm goes on
                    }
                    Alarm alarm = alarm(rs, change.rule()).clear(change.at(), change.message());
                    update(db, alarm, alarm.history().getLast());
                    return true;
                }
            }
        }
        if (change.active()) {
            insert(db, change);
        }
        return change.active();
    }

    static void insert(Connection db, AlarmChange change) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                insert into alarm (rule_id, city_code, raised_at, value, message, state, updated_at) values (?, ?, ?, ?, ?, 'ACTIVE_UNACKNOWLEDGED', ?)
                returning id""")) {
            insert.setLong(1, change.rule().id());
            insert.setString(2, change.rule().cityCode());
            insert.setTimestamp(3, Timestamp.from(change.at()));
            insert.setObject(4, Double.isNaN(change.value()) ? null : change.value());
            insert.setString(5, change.message());
            insert.setTimestamp(6, Timestamp.from(change.at()));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Alarm raised = Alarm.raised(id, change);
        step(db, raised, raised.history().getFirst());
    }

    static void update(Connection db, Alarm alarm, Alarm.Step step) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update alarm set state = ?, shelved_until = ?, updated_at = ? where id = ?")) {
            update.setString(1, alarm.state().name());
            update.setTimestamp(2, alarm.shelvedUntil() == null ? null : Timestamp.from(alarm.shelvedUntil()));
            update.setTimestamp(3, Timestamp.from(step.at()));
            update.setLong(4, alarm.id());
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
