package eu.sharingcities.alarms;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Jakarta Mail's documented properties (com.sun.mail.smtp): what AlarmMail asks of the SMTP server. */
class AlarmMailSettingsTest {

    @Test
    void withCredentialsStartTlsIsRequiredEvenWhenNotAskedFor() {
        Properties props = AlarmMail.smtpProperties("smtp.city.example", 587, "alarms", false);

        assertThat(props.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.starttls.required")).as("no password in clear").isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.auth")).isEqualTo("true");
    }

    @Test
    void anOpenRelayOnTheLocalNetworkMayBeUsedWithoutTls() {
        Properties props = AlarmMail.smtpProperties("127.0.0.1", 25, " ", false);

        assertThat(props.getProperty("mail.smtp.starttls.enable")).isEqualTo("false");
        assertThat(props.getProperty("mail.smtp.starttls.required")).isNull();
        assertThat(props.getProperty("mail.smtp.auth")).isNull();
    }
}
