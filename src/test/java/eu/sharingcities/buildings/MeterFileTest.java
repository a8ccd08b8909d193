package eu.sharingcities.buildings;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeterFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void billsInTheMetersUnitAreConvertedToKwh() {
        MeterFile.Result result = MeterFile.read("start,end,consumption\n2025-01-01,2025-01-31,100\n2025-02-01,2025-02-28,80.5\n", 10.55, List.of(), TODAY);

        assertThat(result.accepted()).isTrue();
        assertThat(result.periods()).containsExactly(new MeterPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 1055.0),
                new MeterPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), 80.5 * 10.55));
    }

    @Test
    void dailyExportsWithSemicolonsAndDecimalCommasAreRead() {
        MeterFile.Result result = MeterFile.read("\uFEFFdate;consumption\n24/11/2026;1.234,5\n", 1, List.of(), TODAY);

        assertThat(result.periods()).containsExactly(new MeterPeriod(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), 1234.5));
    }

    @Test
    void everyProblemIsNamedWithRowAndColumnAndNothingIsKept() {
        String file = """
                start,end,consumption
                2025-01-01,2025-01-31,100
                2025-02-01,2025-01-15,80
                2025-03-01,2025-03-31,-4
                2025-04-01,2025-04-30
                2025-05-01,2026-11-30,10
                2025-01-20,2025-01-25,5
                """;

        MeterFile.Result result = MeterFile.read(file, 1, List.of(), TODAY);

        assertThat(result.accepted()).isFalse();
        assertThat(result.periods()).isEmpty();
        assertThat(result.problems()).containsExactly(
                "row 3, column end: 2025-01-15 is before the start 2025-02-01",
                "row 4, column consumption: -4 is negative; a meter's consumption is 0 or more",
                "row 5: 2 columns, the header has 3",
                "row 6: a period of 579 days; split it into periods of at most 100 days",
                "the periods 2025-01-01–2025-01-31 and 2025-01-20–2025-01-25 overlap; each day may be in one period only");
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsExplained() {
        MeterFile.Result result = MeterFile.read("from,to,kwh\n2025-01-01,2025-01-31,100\n", 1, List.of(), TODAY);

        assertThat(result.problems()).singleElement().asString().contains("start, end and consumption").contains("from, to, kwh");
    }
}
