package eu.sharingcities.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server in the test JVM on 127.0.0.1:{@value #PORT} (GreenMail), which the platform under
 * test is configured to send through (SharedPlatform); it keeps every message it receives.
 */
public final class TestMail implements BeforeAllCallback {

    public static final int PORT = 48_599;
    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    /** Every message received so far, as subject and recipients. */
    public static List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::mail).toList();
    }

    public record Mail(String subject, List<String> to, String body) {
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    String.valueOf(message.getContent()));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
