package eu.sharingcities.scada;

import eu.sharingcities.ingest.Reading;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScadaRelayTest {

    /**
     * PostgreSQL's NOTIFY: "the payload must be shorter than 8000 bytes" (PostgreSQL 17 documentation,
     * NOTIFY, Parameters). A full batch: 240 readings × 24 bytes = 5,760 bytes, 7,680 in base64, with
     * an instance id of 8 and the bar 7,689.
     */
    @Test
    void aFullBatchFitsANotification() {
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < ScadaRelay.PER_NOTIFICATION; i++) {
            batch.add(new Reading(Integer.MAX_VALUE - i, Long.MAX_VALUE - i, -Double.MAX_VALUE, 0x80000000));
        }
        String payload = ScadaRelay.encode("0123abcd", batch);

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isEqualTo(7_689).isLessThan(8_000);
        assertThat(ScadaRelay.decodeFromOthers("ffff0000", payload)).isEqualTo(batch);
    }

    @Test
    void anInstanceIgnoresItsOwnBatchesAndWhatIsNotABatch() {
        List<Reading> batch = List.of(new Reading(7, 1_764_547_200_000_000L, 21.5, 0));
        assertThat(ScadaRelay.decodeFromOthers("0123abcd", ScadaRelay.encode("0123abcd", batch))).isEmpty();
        assertThat(ScadaRelay.decodeFromOthers("ffff0000", "hello")).isEmpty();
        assertThat(ScadaRelay.decodeFromOthers("ffff0000", "0123abcd|not base64!")).isEmpty();
    }
}
