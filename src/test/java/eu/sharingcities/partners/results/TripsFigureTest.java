package eu.sharingcities.partners.results;

import eu.sharingcities.mobility.kpi.DayKpis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A result's e-bike trips over 30 days, counted by hand from a few days' KPIs. */
class TripsFigureTest {

    private static final FigureSpec SPEC = new FigureSpec("Trips in the last 30 days", FigureSource.MOBILITY_TRIPS, "", null, null);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theTripsOfTheCitysDaysAreSummedAndTheFigureSaysOnHowManyDaysTheyWereKnown() {
        List<DayKpis> days = List.of(
                day(TODAY.minusDays(2), null, false, 40, 24.0), // derived from a whole day of station readings
                day(TODAY.minusDays(2), "bastide", false, 15, 24.0), // a district's share: not counted twice
                day(TODAY.minusDays(1), null, true, 7, 0.0), // the operator's export, no readings
                day(TODAY, null, false, 0, 0.0)); // nothing known: no trips, and not a known day
        ResultFigure figure = FigureReader.trips(SPEC, days, TODAY);
        // 40 + 7 trips, known on 2 of the 30 days (30 Nov by export, 29 Nov by readings)
        assertThat(figure.value()).isEqualTo(47.0);
        assertThat(figure.unit()).isEqualTo("trips");
        assertThat(figure.unitShown()).as("a page says \"Trips in the last 30 days: 47\", not \"47 trips\" after the label").isEmpty();
        assertThat(figure.method()).startsWith("shared e-bike trips over the last 30 days (known on 2 of them): ");
        assertThat(figure.asOf()).isEqualTo("2026-12-01");
        assertThat(figure.unavailable()).isNull();
    }

    @Test
    void withNoStationReadingsNorExportsNothingIsMeasuredRatherThanZeroTrips() {
        ResultFigure figure = FigureReader.trips(SPEC, List.of(day(TODAY, null, false, 0, 0.0)), TODAY);
        assertThat(figure.value()).isNull();
        assertThat(figure.unavailable()).isEqualTo("no station readings or trip exports in the last 30 days");
    }

    private static DayKpis day(LocalDate day, String district, boolean operatorTrips, long trips, double knownStationHours) {
        return new DayKpis(day, district, operatorTrips, trips, 0, knownStationHours, null, null, null, 0, 0, null, 0, 0, 0);
    }
}
