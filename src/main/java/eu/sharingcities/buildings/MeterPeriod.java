package eu.sharingcities.buildings;

import java.time.LocalDate;

/** Energy a meter recorded over whole days [{@code start}, {@code end}], in kWh: a day, or a billing period. */
public record MeterPeriod(LocalDate start, LocalDate end, double kwh) {

    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay() + 1);
    }
}
