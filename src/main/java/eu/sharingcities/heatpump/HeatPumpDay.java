package eu.sharingcities.heatpump;

import java.time.LocalDate;

/**
 * One local day of a heat pump, from its counters (heat delivered, the heat pump's electricity,
 * the river pumps' electricity, river water taken) and its river measures (largest temperature
 * change at discharge, mean river temperature). NaN where the day has no data.
 */
public record HeatPumpDay(LocalDate day, double heatKwh, double heatPumpKwh, double sourcePumpKwh, double abstractionM3, double maxDischargeDeltaK,
                          double meanRiverC) {
}
