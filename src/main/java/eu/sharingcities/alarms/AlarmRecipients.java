package eu.sharingcities.alarms;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.require;

/** Who a city's alarms are e-mailed to, each from a priority on; kept by city administrators, every change audited. */
@ApplicationScoped
@Transactional
@CityScoped
public class AlarmRecipients {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Someone on call who gets an e-mail for alarms of at least {@code minPriority}. */
    public record Recipient(long id, String email, Priority minPriority) {
    }

    public List<Recipient> recipients(String city) {
        currentUser.require(Role.CITY_ADMIN, city);
        return jdbc(db -> {
            List<Recipient> recipients = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("select id, email, min_priority from alarm_recipient where city_code = ? order by email")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        recipients.add(new Recipient(rs.getLong(1), rs.getString(2), Priority.valueOf(rs.getString(3))));
                    }
                }
            }
            return recipients;
        });
    }

    public long addRecipient(String city, String email, String minPriority) {
        currentUser.require(Role.CITY_ADMIN, city);
        require(email != null && email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", Message.of("alarmRecipient.refused.email"));
        require(Priority.named(minPriority), "minPriority", Message.of("alarmRecipient.refused.priority"));
        long id = jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement(
                    "insert into alarm_recipient (city_code, email, min_priority) values (?, ?, ?) returning id")) {
                st.setString(1, city);
                st.setString(2, email.trim());
                st.setString(3, minPriority);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new Refusal("field.expected", "email", Message.of("alarmRecipient.refused.listed", email.trim(), city));
                }
                throw e;
            }
        });
        audit.record(city, "alarm-recipient.added", "alarm-recipient/" + id, null, email.trim() + " from " + minPriority);
        return id;
    }

    public void removeRecipient(String city, long id) {
        currentUser.require(Role.CITY_ADMIN, city);
        int removed = jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("delete from alarm_recipient where id = ? and city_code = ?")) {
                st.setLong(1, id);
                st.setString(2, city);
                return st.executeUpdate();
            }
        });
        if (removed != 1) {
            throw new NotFound("No alarm recipient " + id + " in " + city + ".");
        }

        audit.record(city, "alarm-recipient.removed", "alarm-recipient/" + id, null, null);
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
