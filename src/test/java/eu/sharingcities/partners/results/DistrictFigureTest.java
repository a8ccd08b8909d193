package eu.sharingcities.partners.results;

import eu.sharingcities.sems.Sems;
import eu.sharingcities.text.Message;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result's SEMS figure states the saving as of the last day measured, with its reporting period
 * in the method (IPMVP reports a saving with its period), never the period where a date belongs.
 */
class DistrictFigureTest {

    private static final FigureSpec SPEC = new FigureSpec("District heat saved", FigureSource.DISTRICT_SAVINGS, "", null, null);

    @Test
    void theSavingIsAsOfTheReportingPeriodsLastDayWithThePeriodInTheMethod() {
        // SEMS live since 4 July, measured to 30 November: 150 days (4 July counts: 28 + 31 + 30 + 31 + 30)
        Sems.Savings savings = savings(Message.of("sems.period.partial", 150, "2026-07-04", "2026-11-30"), 14.2, List.of());
        ResultFigure figure = FigureReader.district(SPEC, savings);
        assertThat(figure.value()).isEqualTo(14.2);
        assertThat(figure.uncertainty90()).isEqualTo(3.1);
        assertThat(figure.unitShown()).isEqualTo("%");
        assertThat(figure.asOf()).isEqualTo("2026-11-30");
        assertThat(figure.method()).isEqualTo("SEMS district savings, IPMVP option C with a weather-adjusted baseline (90 % interval), "
                + "over 150 days, 2026-07-04 to 2026-11-30: not yet the full year the goal is set for");
    }

    @Test
    void withoutAMeasuredSavingTheFigureSaysWhy() {
        ResultFigure figure = FigureReader.district(SPEC, savings(Message.of("sems.period.partial", 150, "2026-07-04", "2026-11-30"), null,
                List.of(Message.of("sems.boundary.empty"))));
        assertThat(figure.value()).isNull();
        assertThat(figure.unavailable()).isEqualTo(Message.of("sems.boundary.empty").english());
    }

    private static Sems.Savings savings(Message period, Double percent, List<Message> reasons) {
        return new Sems.Savings(LocalDate.of(2026, 7, 4), period, LocalDate.of(2026, 11, 30), false, 150, percent, percent == null ? null : 3.1,
                10.0, reasons, List.of("b003"), Map.of(), List.of());
    }
}
