package eu.sharingcities.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A domain message in each reader's language, with the language's numbers. */
class MessageTest {

    @Test
    void guideline14sMissIsSaidInEachLanguageWithItsDecimalMark() {
        Message miss = Message.of("mv.g14.cvrmse", 27.349, 25.0, 400L);

        assertThat(miss.english()).isEqualTo("CV(RMSE) is 27.3 %, above Guideline 14’s 25 % for a reporting period of 400 days.");
        assertThat(miss.in(Locale.ITALIAN)).isEqualTo("Il CV(RMSE) è 27,3 %, sopra il 25 % della Guideline 14 per un periodo di rendicontazione di 400 giorni.");
        assertThat(miss.in(Locale.forLanguageTag("pl"))).startsWith("CV(RMSE) wynosi 27,3 %");
    }

    @Test
    void aMessageInsideAnotherIsSaidInTheSameLanguage() {
        Message reason = Message.of("mv.meter.reason", "Heat meter", Message.of("mv.reporting.notBegun"));

        assertThat(reason.in(Locale.FRENCH)).isEqualTo("Heat meter : La période de suivi n’a pas commencé.");
        assertThat(reason.toString()).isEqualTo("Heat meter: The reporting period has not begun.");
    }

    @Test
    void aQuoteInAPatternIsKeptAndTheMachinesLanguageIsNoFallback() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ITALIAN);
        try {
            assertThat(Message.of("config.key.unknown", "samplingIntervl", "id, url").in(Locale.ENGLISH))
                    .isEqualTo("has unknown key 'samplingIntervl'; known keys are id, url");
            assertThat(Message.of("config.key.unknown", "x", "y").in(Locale.JAPANESE)).startsWith("has unknown key");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRefusalSpeaksEnglishToTheApiAndTheReadersLanguageToThePortal() {
        Refusal refused = new Refusal("password.short", 12);

        assertThat(refused.getMessage()).isEqualTo("The password must have at least 12 characters.");
        assertThat(Refusal.in(refused, Locale.forLanguageTag("bg"))).isEqualTo("Паролата трябва да има поне 12 знака.");
        assertThat(Refusal.in(new IllegalArgumentException("as it is"), Locale.ITALIAN)).isEqualTo("as it is");
    }

    @Test
    void aStoredMessageIsSaidInThePagesLanguageLongAfter() {
        Message failed = Message.of("alarm.why.commandFailed", 42L, "30 °C", "milan.operator", Message.of("command.readBack.none", 5.0));
        Message stale = Message.of("alarm.why.above", Double.NaN, 26.0);

        Message read = MessageJson.read(MessageJson.write(failed));

        assertThat(read.english()).isEqualTo("command 42 (30 °C by milan.operator): the value could not be read back within 5.0 s");
        assertThat(read.in(Locale.ITALIAN)).isEqualTo("comando 42 (30 °C da milan.operator): il valore non si è potuto rileggere entro 5,0 s");
        assertThat(MessageJson.read(MessageJson.write(stale)).english()).as("JSON has no NaN; it comes back a number")
                .isEqualTo(stale.english());
    }
}
