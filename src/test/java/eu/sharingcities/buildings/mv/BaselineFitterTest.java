package eu.sharingcities.buildings.mv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CalTRACK 2.0's candidate selection, against OpenEEmeter's tests (ported) and hand-made buildings. */
class BaselineFitterTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final CalTrackSettings DAILY = CalTrackSettings.of(CalTrackSettings.Frequency.DAILY, true);

    /** OpenEEmeter test_get_intercept_only_candidate_models_qualified: usage 0…9 → intercept 4.5. */
    @Test
    void interceptOnlyIsTheMeanAsInOpenEEmeter() {
        List<Observation> flat = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flat.add(Observation.daily(START.plusDays(i), i, 20)); // 20 °C: no degree days at any heating point worth fitting
        }
        BaselineModel model = BaselineFitter.fit(flat, DAILY).orElseThrow();
        assertThat(model.kind()).isEqualTo(ModelKind.INTERCEPT_ONLY);
        assertThat(model.intercept()).isCloseTo(4.5, within(1e-9));
    }

    /** OpenEEmeter test_..._qualified_with_weights: usage i weighted by i (0…9) → Σi²/Σi = 285/45 = 6.33. */
    @Test
    void weightedInterceptOnlyAsInOpenEEmeter() {
        List<Observation> bills = new ArrayList<>();
        LocalDate day = START;
        for (int i = 1; i < 10; i++) { // the weight-0 row carries nothing
            bills.add(new Observation(day, i, i * (double) i, constant(i, 20)));
            day = day.plusDays(i);
        }
        BaselineModel model = BaselineFitter.fit(bills, CalTrackSettings.of(CalTrackSettings.Frequency.BILLING, true)).orElseThrow();
        assertThat(model.intercept()).isCloseTo(285.0 / 45, within(1e-9));
    }

    /** OpenEEmeter test_get_intercept_only_candidate_models_fail: usage 0…−9 → intercept −4.5, disqualified (CalTRACK 3.4.3.2). */
    @Test
    void aNegativeInterceptDisqualifies() {
        List<Observation> negative = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            negative.add(Observation.daily(START.plusDays(i), -i, 20));
        }
        assertThat(BaselineFitter.fit(negative, DAILY)).isEmpty();
    }

    /** CalTRACK keeps only candidates with an intercept ≥ 0 and slopes > 0: a meter with an offset never gets a negative base load. */
    @Test
    void candidatesWithANegativeInterceptAreNeverChosen() {
        // usage = −40 + 6 · HDD(18 °C): a heating slope, but below zero in mild weather (a meter with an offset)
        List<Observation> year = new ArrayList<>();
        for (int d = 0; d < 365; d++) {
            double t = 10 - 10 * Math.cos(2 * Math.PI * d / 365.0);
            year.add(Observation.daily(START.plusDays(d), -40 + 6 * Math.max(0, 18 - t), t));
        }
        BaselineModel model = BaselineFitter.fit(year, DAILY).orElseThrow();
        assertThat(model.intercept()).isGreaterThanOrEqualTo(0);
        assertThat(model.heatingSlope()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void gasAndHeatMetersGetNoCoolingTerm() {
        // heat in winter and an electric chiller's load in summer on the same meter: 50 + 8·HDD(15) + 6·CDD(22)
        List<Observation> year = building(d -> 50 + 8 * Math.max(0, 15 - d) + 6 * Math.max(0, d - 22));

        assertThat(BaselineFitter.fit(year, DAILY).orElseThrow().kind()).isEqualTo(ModelKind.HDD_CDD);
        BaselineModel gas = BaselineFitter.fit(year, CalTrackSettings.of(CalTrackSettings.Frequency.DAILY, false)).orElseThrow();
        assertThat(gas.kind()).isEqualTo(ModelKind.HDD);
        assertThat(gas.coolingSlope()).isZero();
    }

    @Test
    void balancePointsAreSearchedOverCalTracks30To89Fahrenheit() {
        // a building heated below 5 °C only (41 °F), outside the old 8–21 °C range: CalTRACK 2.0 finds it
        List<Observation> year = building(t -> 30 + 10 * Math.max(0, 5 - t));
        BaselineModel model = BaselineFitter.fit(year, DAILY).orElseThrow();

        assertThat(model.kind()).isIn(ModelKind.HDD, ModelKind.HDD_CDD); // no p-value screen: noise may buy a slight cooling term
        assertThat(model.coolingSlope()).isLessThan(0.3);
        assertThat(model.heatingBalancePointC()).isCloseTo(5, within(1.0)); // the 3 °F grid: 3.9 or 5.6 °C
        assertThat(model.heatingSlope()).isCloseTo(10, within(1.0));
        assertThat(DAILY.balancePointsC().getFirst()).isCloseTo(-1.111, within(1e-3)); // 30 °F
        assertThat(DAILY.balancePointsC().getLast()).isCloseTo(30.556, within(1e-3));  // 87 °F, the last 3 °F step up to 89 °F
    }

    @Test
    void fewerThanTenDaysWithDegreeDaysOrTwentyDegreeDaysInAllIsNotFitted() {
        // the daily preset (CalTRACK 3.2.2.2): a hot year (35 °C, above every balance point) with 9 cold days cannot carry a heating term
        List<Observation> year = new ArrayList<>();
        for (int d = 0; d < 365; d++) {
            double t = d < 9 ? 0 : 35;
            year.add(Observation.daily(START.plusDays(d), 50 + 10 * Math.max(0, 18 - t), t));
        }
        assertThat(BaselineFitter.fit(year, CalTrackSettings.of(CalTrackSettings.Frequency.DAILY, false)).orElseThrow().kind())
                .isEqualTo(ModelKind.INTERCEPT_ONLY);
    }

    private interface Load {
        double at(double temperatureC);
    }

    private static List<Observation> building(Load load) {
        Random noise = new Random(11);
        List<Observation> year = new ArrayList<>();
        for (int d = 0; d < 365; d++) {
            double t = 11 - 12 * Math.cos(2 * Math.PI * (d - 20) / 365.0) + 3 * Math.sin(d * 0.7);
            year.add(Observation.daily(START.plusDays(d), load.at(t) + noise.nextGaussian(), t));
        }
        return year;
    }

    private static double[] constant(int days, double value) {
        double[] temps = new double[days];
        java.util.Arrays.fill(temps, value);
        return temps;
    }
}
