package eu.sharingcities.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesDifferenceTest {

    @Test
    void namesWhatIsMissingExtraAndChangedPerSeries() {
        var served = Map.of("a", series(1_000_000L, 1.0, 2_000_000L, 2.0), "b", series(1_000_000L, 5.0));
        var stored = Map.of("a", series(2_000_000L, 2.5, 3_000_000L, 3.0), "b", series(1_000_000L, 5.0));

        assertThat(SeriesDifference.describe(served, stored)).isEqualTo("1 series differ:\n"
                + "  a (2 expected, 2 found): missing 1 [1970-01-01T00:00:01Z=1.0] extra 1 [1970-01-01T00:00:03Z=3.0] "
                + "changed 1 [1970-01-01T00:00:02Z 2.0→2.5] ");
        assertThat(SeriesDifference.describe(served, served)).isEqualTo("no difference");
    }

    private static SortedMap<Long, Double> series(Object... timesAndValues) {
        SortedMap<Long, Double> series = new TreeMap<>();
        for (int i = 0; i < timesAndValues.length; i += 2) {
            series.put((Long) timesAndValues[i], (Double) timesAndValues[i + 1]);
        }
        return series;
    }
}
