package eu.sharingcities.buildings;

import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
    void aNumberTooLargeForAnyMeterIsRefusedRatherThanStoredAsInfinity() {
        MeterFile.Result result = MeterFile.read("start,end,consumption\n2025-01-01,2025-01-31,1" + "0".repeat(400) + "\n", 1, List.of(), TODAY);

        assertThat(result.accepted()).isFalse();
        assertThat(Message.join("\n", result.problems(), Locale.ENGLISH)).contains("is more than any meter reads in a period (10^12)");
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
        assertThat(result.problems()).map(Message::english).containsExactly(
                "row 3, column end: 2025-01-15 is before the start 2025-02-01",
                "row 4, column consumption: -4 is negative; a meter's consumption is 0 or more",
                "row 5: 2 columns, the header has 3",
                "row 6: a period of 579 days; split it into periods of at most 100 days",
                "the periods 2025-01-01–2025-01-31 and 2025-01-20–2025-01-25 overlap; each day may be in one period only");
        assertThat(result.problems().get(0).in(Locale.ITALIAN)).as("as an operator in Milan reads it")
                .isEqualTo("riga 3, colonna end: 2025-01-15 è prima dell’inizio 2025-02-01");
    }


    @Test
    void aHeaderWithoutTheNeededColumnsIsExplained() {
        MeterFile.Result result = MeterFile.read("from,to,kwh\n2025-01-01,2025-01-31,100\n", 1, List.of(), TODAY);

        assertThat(result.problems()).singleElement().asString().contains("start, end and consumption").contains("from, to, kwh");
    }

    /** The case: an export with semicolons and decimal points was read a hundredfold (612.41 stored as 61241). */
    @Test
    void aSemicolonFileWithDecimalPointsKeepsItsMagnitude() {
        MeterFile.Result result = MeterFile.read("date;consumption\n2026-11-20;612.41\n2026-11-21;598.07\n", 1, List.of(), TODAY);

        assertThat(result.decimalMark()).isEqualTo(DecimalMark.POINT);
        assertThat(result.periods()).extracting(MeterPeriod::kwh).containsExactly(612.41, 598.07);
        assertThat(result.firstRows()).first().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.consumptionAsWritten()).isEqualTo("612.41");
            assertThat(r.consumption()).isEqualByComparingTo("612.41");
        });
    }

    @Test
    void theWholeColumnDecidesTheMark() {
        // 1.234 alone could be 1.234 or 1234; the next row's 1.234,50 says the point groups thousands
        MeterFile.Result grouped = MeterFile.read("date;consumption\n2026-11-20;1.234\n2026-11-21;1.234,50\n2026-11-22;987\n", 1, List.of(), TODAY);
        assertThat(grouped.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(grouped.periods()).extracting(MeterPeriod::kwh).containsExactly(1234.0, 1234.5, 987.0);

        // here 0.5 says the point is a decimal one, so 1.234 is one and a quarter
        MeterFile.Result decimals = MeterFile.read("date;consumption\n2026-11-20;1.234\n2026-11-21;0.5\n", 1, List.of(), TODAY);
        assertThat(decimals.decimalMark()).isEqualTo(DecimalMark.POINT);
        assertThat(decimals.periods()).extracting(MeterPeriod::kwh).containsExactly(1.234, 0.5);
    }

    @Test
    void anUndecidedOrMixedColumnIsRefusedWithTheRowAndTheFix() {
        MeterFile.Result undecided = MeterFile.read("date;consumption\n2026-11-20;1.234\n2026-11-21;2.500\n", 1, List.of(), TODAY);
        assertThat(undecided.accepted()).isFalse();
        assertThat(undecided.problems()).singleElement().asString().startsWith("row 2 ('1.234') could be read with a decimal point or a thousands separator")
                .contains("state the decimal mark (decimalMark=point or decimalMark=comma)");

        MeterFile.Result mixed = MeterFile.read("date;consumption\n2026-11-20;612.41\n2026-11-21;598,07\n", 1, List.of(), TODAY);
        assertThat(mixed.problems()).singleElement().asString()
                .isEqualTo("the consumption column mixes decimal marks: row 2 ('612.41') has a decimal point, row 3 ('598,07') a decimal comma; "
                        + "write every number the same way");

        // stated, the same file is read as the importer says
        MeterFile.Result stated = MeterFile.read("date;consumption\n2026-11-20;1.234\n2026-11-21;2.500\n", 1, List.of(), TODAY,
                java.util.Optional.of(DecimalMark.COMMA));
        assertThat(stated.periods()).extracting(MeterPeriod::kwh).containsExactly(1234.0, 2500.0);
    }

    @Test
    void thousandsSeparatorsOnlyBetweenGroupsOfThree() {
        assertThat(DecimalMark.COMMA.parse("1.234.567,8")).isEqualByComparingTo("1234567.8");
        assertThat(DecimalMark.POINT.parse("1,234,567.8")).isEqualByComparingTo("1234567.8");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecimalMark.COMMA.parse("12.34,5")).isInstanceOf(NumberFormatException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecimalMark.POINT.parse("61,241.0,1")).isInstanceOf(NumberFormatException.class);
    }
}
