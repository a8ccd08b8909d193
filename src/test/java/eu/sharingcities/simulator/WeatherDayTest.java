package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.CityClimate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator can live in another day's weather: the tests heat buildings in any season. */
class WeatherDayTest {

    @Test
    void aJulyAfternoonWithJanuarysWeatherHasJanuarysTemperatureAtTheSameTimeOfDay() {
        Instant july = Instant.parse("2027-07-15T13:00:00Z"); // 15:00 in Bordeaux (summer time)
        SimulatedCity city = new SimulatedCity("bordeaux", 2, 0, 7, MonthDay.of(1, 15));
        city.step(july, Duration.ofMinutes(1));

        CityClimate climate = CityClimate.of("bordeaux", 7);
        assertThat(city.outdoorC()).isEqualTo(climate.outdoorC(Instant.parse("2027-01-15T14:00:00Z"))); // 15:00 in winter time
        assertThat(city.outdoorC()).isLessThan(climate.outdoorC(july) - 5);
        assertThat(city.buildings()).anySatisfy(b -> assertThat(b.heatKw()).isPositive());
    }

    @Test
    void theOptionTakesAMonthAndADay() {
        assertThat(SimulatorOptions.parse(new String[] {"--weather-day", "01-15"}).weatherDay()).isEqualTo(MonthDay.of(1, 15));
        assertThat(SimulatorOptions.parse(new String[0]).weatherDay()).isNull();
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--weather-day", "15/01"}))
                .hasMessage("--weather-day needs a month and day as MM-DD, e.g. 01-15, not '15/01'");
    }
}
