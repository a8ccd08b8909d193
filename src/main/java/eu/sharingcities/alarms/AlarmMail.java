package eu.sharingcities.alarms;

import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * E-mails raised alarms to the city's on-call staff whose priority threshold they reach. SMTP
 * comes from the environment (PLATFORM_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _STARTTLS);
 * without a host, e-mail is off. Mail goes out on its own thread through a bounded queue, so a
 * slow or absent mail server never holds up the alarm monitor.
 */
@ApplicationScoped
public class AlarmMail {

    private static final Logger LOG = Logger.getLogger(AlarmMail.class.getName());

    @Inject
    @ConfigProperty(name = "platform.smtp.host", defaultValue = " ")
    String host;

    @Inject
    @ConfigProperty(name = "platform.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "platform.smtp.user", defaultValue = " ")
    String user;

    @Inject
    @ConfigProperty(name = "platform.smtp.password", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "platform.smtp.from", defaultValue = "alarms@sharingcities.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "platform.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    DirectConnections database;

    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500),
            Thread.ofPlatform().name("alarm-mail").daemon().factory());

    public boolean enabled() {
        return !host.isBlank();
    }

    /** Mails the raised alarms among {@code changes} (call after they are committed). */
    public void raised(List<AlarmChange> changes) {
        if (!enabled()) {
            return;
        }
        for (AlarmChange change : changes) {
            if (change.active()) {
                try {
                    sender.execute(() -> send(change));
                } catch (RejectedExecutionException e) {
                    LOG.warning("alarm e-mail: the queue is full, not sent: " + change.rule().cityCode() + " / " + change.rule().name());
                }
            }
        }
    }

    private void send(AlarmChange change) {
        try {
            List<String> to = recipients(change.rule().cityCode(), change.rule().priority());
            if (to.isEmpty()) {
                return;
            }
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            AlarmRule rule = change.rule();
            message.setSubject("[" + rule.priority() + "] " + rule.cityCode() + ": " + rule.name(), "UTF-8");
            message.setText("""
                    Alarm raised in %s at %s (UTC)
                    Rule: %s (priority %s)
                    What happened: %s

                    Acknowledge it in the portal: /%s/alarms
                    """.formatted(rule.cityCode(), change.at(), rule.name(), rule.priority(), change.message(), rule.cityCode()), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | SQLException | RuntimeException e) {
            LOG.warning("alarm e-mail to " + change.rule().cityCode() + "'s on-call staff failed: " + e.getMessage());
        }
    }

    private List<String> recipients(String city, Priority priority) throws SQLException {
        try (Connection db = database.open(); PreparedStatement st = db.prepareStatement("""
                select email from alarm_recipient where city_code = ?
                  and array_position(array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], min_priority::text) >= ? order by email""")) {
            st.setString(1, city);
            st.setInt(2, priority.ordinal() + 1);
            List<String> emails = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
            return emails;
        }
    }

    /**
     * Jakarta Mail's settings. With credentials, STARTTLS is required whatever PLATFORM_SMTP_STARTTLS
     * says: a server that does not offer it gets no password in clear (the send fails instead).
     */
    static Properties smtpProperties(String host, int port, String user, boolean startTls) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.trim());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        boolean credentials = !user.isBlank();
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls || credentials));
        if (credentials) {
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.auth", "true");
        }
        return props;
    }

    private Session session() {
        Properties props = smtpProperties(host, port, user, startTls);
        if (user.isBlank()) {
            return Session.getInstance(props);
        }
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.trim(), password);
            }
        });
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
