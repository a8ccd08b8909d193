package eu.sharingcities.alarms;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.MessageJson;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

/**
 * What people do with alarms: list a city's open ones, acknowledge, shelve and unshelve, read the
 * alarm performance (rules and recipients are {@link AlarmConfiguration}'s). Row-level security
 * applies (the JDBC work runs on the transaction's own connection).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Alarms {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<AlarmChanged> alarmChanged;

    /** Fired when people change an alarm; open portals of the city hear of it once it is committed. */
    public record AlarmChanged(String cityCode) {
    }

    /** Fired when a city's rules change; the monitor reads them again once the change is committed. */
    public record RulesChanged(String cityCode) {
    }

    /** The city's alarms that are not closed, most urgent first, newest first within a priority. */
    public List<AlarmSummary> open(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            List<AlarmSummary> alarms = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select a.id, a.city_code, r.name, r.priority, a.state, a.raised_at, a.value, a.message,
                           case when r.shelved_until > now() then r.shelved_until end, a.why
                    from alarm a join alarm_rule r on r.id = a.rule_id
                    where a.city_code = ? and a.state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED')
                    order by array_position(array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], r.priority::text), a.raised_at desc""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Timestamp shelved = rs.getTimestamp(9);
                        alarms.add(new AlarmSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Priority.valueOf(rs.getString(4)),
                                AlarmState.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), (Double) rs.getObject(7),
                                MessageJson.readOr(rs.getString(10), rs.getString(8)), shelved == null ? null : shelved.toInstant()));
                    }
                }
            }
            return alarms;
        });
    }

    /** How many of the city's alarms wait for someone to acknowledge them (shelved ones do not count). */
    public int unacknowledged(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    select count(*) from alarm a join alarm_rule r on r.id = a.rule_id
                    where a.city_code = ? and a.state in ('ACTIVE_UNACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED')
                      and (r.shelved_until is null or r.shelved_until <= now())""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * The city's alarm performance over the last {@code days} (ISA-18.2 section 16): every
     * annunciation counts, a first raise or an alarm active again. One operator position per city.
     */
    public AlarmPerformance performance(String city, int days) {
        currentUser.require(Role.VIEWER, city);
        require(days >= 1 && days <= 366, "days", Message.of("field.range", 1, 366));

        Instant to = Instant.now(), from = to.minus(java.time.Duration.ofDays(days));
        return jdbc(db -> {
            List<AlarmPerformance.Raised> raised = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select a.rule_id, r.name, s.at from alarm_step s join alarm a on a.id = s.alarm_id join alarm_rule r on r.id = a.rule_id
                    where s.city_code = ? and s.what in ('raised', 'active again') and s.at >= ? and s.at < ? order by s.at""")) {
                st.setString(1, city);
                st.setTimestamp(2, Timestamp.from(from));
                st.setTimestamp(3, Timestamp.from(to));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        raised.add(new AlarmPerformance.Raised(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                    }
                }
            }
            List<Instant> active = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select raised_at from alarm where city_code = ? and state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED')""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        active.add(rs.getTimestamp(1).toInstant());
                    }
                }
            }
            return AlarmPerformance.of(raised, active, from, to, 1);
        });
    }

    public List<Alarm.Step> history(long alarmId) {
        return jdbc(db -> {
            List<Alarm.Step> steps = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("select at, what, by_user, comment from alarm_step where alarm_id = ? order by at")) {
                st.setLong(1, alarmId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new Alarm.Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return steps;
        });
    }

    public void acknowledge(long alarmId, String comment) {
        change(alarmId, alarm -> alarm.acknowledge(currentUser.username(), comment, Instant.now()));
    }

    /**
     * A SCADA client's acknowledgement (OPC UA Acknowledge, OPC 10000-9 5.7.3) in the name {@code by}
     * gives; the SCADA server checked that the account may operate in {@code city} and calls this as
     * the system ({@link eu.sharingcities.security.CurrentUser#runAsSystem}). The same lifecycle,
     * history and audit as an operator's acknowledgement in the portal.
     */
    public void acknowledgeForScada(String city, long alarmId, String comment, String by) {
        change(alarmId, rule -> {
            if (!CurrentUser.isSystem() || !rule.cityCode().equals(city)) {
                throw new NotFound("No alarm " + alarmId + " in " + city + ".");
            }
        }, alarm -> alarm.acknowledge(by, comment, Instant.now()), (db, alarm) -> { }, by);
    }

    /**
     * Shelves the alarm, that is its rule (ISA-18.2: shelving belongs to the alarm, not one
     * occurrence), until {@code until}: while shelved, its occurrences are recorded but not shown
     * as waiting, counted or e-mailed; it shows again by itself when the shelving ends.
     */
    public void shelve(long alarmId, Instant until, String reason) {
        change(alarmId, alarm -> alarm.shelve(currentUser.username(), reason, Instant.now(), until), (db, alarm) -> shelveRule(db, alarm.rule().id(),
                alarm.shelvedUntil(), reason));
    }

    /** Ends the shelving of the alarm's rule before its time. */
    public void unshelve(long alarmId) {
        change(alarmId, alarm -> alarm.unshelve(currentUser.username(), Instant.now()), (db, alarm) -> shelveRule(db, alarm.rule().id(), null, null));
    }

    private void shelveRule(Connection db, long ruleId, Instant until, String reason) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update alarm_rule set shelved_until = ?, shelved_by = ?, shelve_reason = ? where id = ?")) {
            st.setTimestamp(1, until == null ? null : Timestamp.from(until));
            st.setString(2, until == null ? null : currentUser.username());
            st.setString(3, reason);
            st.setLong(4, ruleId);
            st.executeUpdate();
        }
    }

    /** Something else to store with an alarm's step. */
    private interface AlsoStore {
        void store(Connection db, Alarm changed) throws SQLException;
    }

    private void change(long alarmId, java.util.function.UnaryOperator<Alarm> step) {
        change(alarmId, step, (db, alarm) -> { });
    }

    private void change(long alarmId, java.util.function.UnaryOperator<Alarm> step, AlsoStore also) {
        change(alarmId, rule -> currentUser.require(Role.OPERATOR, rule.cityCode()), step, also, currentUser.username());
    }

    /** Applies a step to the alarm once {@code permit} let it, stores it with its history and audits it in {@code by}'s name. */
    private void change(long alarmId, java.util.function.Consumer<AlarmRule> permit, java.util.function.UnaryOperator<Alarm> step,
                        AlsoStore also, String by) {
        jdbc(db -> {
            AlarmRule rule = AlarmRules.ofAlarm(db, alarmId)
                    .orElseThrow(() -> new NotFound("No alarm " + alarmId + " in your cities."));
            permit.accept(rule);
            try (PreparedStatement st = db.prepareStatement("""
                    select a.id, a.raised_at, a.value, a.message, a.state, r.shelved_until from alarm a join alarm_rule r on r.id = a.rule_id
                    where a.id = ? for update of a""")) {
                st.setLong(1, alarmId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    Alarm changed = step.apply(AlarmRows.alarm(rs, rule));
                    AlarmRows.update(db, changed, changed.history().getLast());
                    also.store(db, changed);
                    audit.recordAs(by, rule.cityCode(), "alarm." + changed.history().getLast().what().split(" ")[0], "alarm/" + alarmId, null,
                            rule.name() + ": " + changed.history().getLast().comment());
                    alarmChanged.fire(new AlarmChanged(rule.cityCode()));
                }
            }
            return null;
        });
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
