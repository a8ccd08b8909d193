package eu.sharingcities.alarms;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Alarms that other modules raise from what they know (a command that failed, a licence limit
 * passed) rather than from a rule watching values. Each source is a rule of kind EVENT, made on
 * first use, so its alarms are listed, acknowledged and kept like every other.
 */
@ApplicationScoped
public class ModuleAlarms {

    @Inject
    DirectConnections database;

    @Inject
    AlarmBroadcaster broadcaster;

    @Inject
    AlarmMail mail;

    /** Something happened that someone must look at: raised and cleared at once, it waits to be acknowledged. */
    public void event(String city, String source, Priority priority, double value, Message message) {
        Instant now = Instant.now();
        store(city, source, priority, rule -> new AlarmChange[] {
                new AlarmChange(rule, true, now, value, message), new AlarmChange(rule, false, now, value, Message.of("alarm.why.momentary"))});
    }

    /** A condition the module watches is true or not: one alarm while it lasts, cleared when it ends. */
    public void condition(String city, String source, Priority priority, boolean active, double value, Message message) {
        Instant now = Instant.now();
        store(city, source, priority, rule -> new AlarmChange[] {new AlarmChange(rule, active, now, value, message)});
    }

    /** The sources of the city's module alarms that are still active: a module takes over what its previous run left raised. */
    public List<String> activeSources(String city) {
        try (Connection db = database.open()) {
            return eu.sharingcities.database.CityRows.of(db, """
                    select r.name from alarm a join alarm_rule r on r.id = a.rule_id
                    where a.city_code = ? and r.kind = 'EVENT' and a.state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED')""", city,
                    rs -> rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("the open alarms of " + city + " could not be read: " + e.getMessage(), e);
        }
    }

    private void store(String city, String source, Priority priority, java.util.function.Function<AlarmRule, AlarmChange[]> changes) {
        List<AlarmChange> stored;
        try (Connection db = database.open()) {
            db.setAutoCommit(false);
            stored = AlarmRows.applyAll(db, List.of(changes.apply(rule(db, city, source, priority))));
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the alarm '" + source + "' of " + city + " could not be stored: " + e.getMessage(), e);
        }
        AlarmChange.log(stored);
        if (!stored.isEmpty()) {
            broadcaster.changed(city);
        }
        mail.raised(stored);
    }

    private static AlarmRule rule(Connection db, String city, String source, Priority priority) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into alarm_rule (city_code, name, priority, kind) values (?, ?, ?, 'EVENT')
                on conflict (city_code, name) do update set priority = excluded.priority returning id, kind""")) {
            st.setString(1, city);
            st.setString(2, source);
            st.setString(3, priority.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                if (RuleKind.valueOf(rs.getString(2)) != RuleKind.EVENT) {
                    throw new IllegalStateException("the rule '" + source + "' of " + city + " watches values; a module cannot raise its alarms");
                }
                return new AlarmRule(rs.getLong(1), city, source, priority, new Condition.Event(), null, null);
            }
        }
    }
}
