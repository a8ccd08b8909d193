package eu.sharingcities.simulator.model;

import java.time.Duration;

/**
 * A water-source heat pump that draws heat from a river and serves a district's heat demand.
 * COP follows the Carnot limit between river and supply temperature times an efficiency of 0.5
 * (typical of large water-source machines). The river pump runs at the flow that takes the heat at
 * a 3 K drop, but never below a fifth of its design flow, so at low load the drop is smaller; it
 * draws {@link #PUMP_KW_PER_M3_PER_HOUR}. The district's return temperature falls with load.
 * Units: kW, kWh, °C, K, m³/h, m³.
 */
public final class HeatPumpModel {

    private static final double CARNOT_EFFICIENCY = 0.5;
    private static final double DESIGN_RIVER_DELTA_K = 3.0;
    private static final double MIN_FLOW_SHARE = 0.2;
    private static final double PUMP_KW_PER_M3_PER_HOUR = 0.05;
    private static final double WATER_KWH_PER_M3_K = 1.163;

    private final double capacityKw;
    private final double supplyC;
    private final double designFlowM3PerHour;
    private double heatKw;
    private double electricKw;
    private double riverC;
    private double flowM3PerHour;
    private double heatMeterKwh;
    private double electricityMeterKwh;
    private double pumpMeterKwh;
    private double riverVolumeM3;

    public HeatPumpModel(double capacityKw, double supplyC) {
        this.capacityKw = capacityKw;
        this.supplyC = supplyC;
        this.designFlowM3PerHour = capacityKw * 0.75 / (WATER_KWH_PER_M3_K * DESIGN_RIVER_DELTA_K); // about 3/4 of the heat comes from the river
    }

    public void step(Duration dt, double riverC, double demandKw) {
        this.riverC = riverC;
        heatKw = Math.max(0, Math.min(capacityKw, demandKw));
        electricKw = heatKw / cop();
        flowM3PerHour = Math.max(MIN_FLOW_SHARE * designFlowM3PerHour, (heatKw - electricKw) / (WATER_KWH_PER_M3_K * DESIGN_RIVER_DELTA_K));
        double hours = dt.toMillis() / 3_600_000.0;
        heatMeterKwh += heatKw * hours;
        electricityMeterKwh += electricKw * hours;
        pumpMeterKwh += sourcePumpKw() * hours;
        riverVolumeM3 += flowM3PerHour * hours;
    }

    public double cop() {
        double supplyK = supplyC + 273.15;
        return CARNOT_EFFICIENCY * supplyK / Math.max(supplyC - riverC, 5);
    }

    /** River water through the evaporator. */
    public double riverFlowM3PerHour() {
        return flowM3PerHour;
    }

    /** How much colder the water goes back to the river than it came: the heat taken over what the flow carries. */
    public double dischargeDeltaK() {
        return flowM3PerHour == 0 ? 0 : (heatKw - electricKw) / (WATER_KWH_PER_M3_K * flowM3PerHour);
    }

    public double dischargeC() {
        return riverC - dischargeDeltaK();
    }

    public double sourcePumpKw() {
        return PUMP_KW_PER_M3_PER_HOUR * flowM3PerHour;
    }

    public double returnC() {
        return supplyC - (5 + 10 * heatKw / capacityKw);
    }

    public double heatKw() {
        return heatKw;
    }

    public double electricKw() {
        return electricKw;
    }

    public double riverC() {
        return riverC;
    }

    public double supplyC() {
        return supplyC;
    }

    public double heatMeterKwh() {
        return heatMeterKwh;
    }

    public double electricityMeterKwh() {
        return electricityMeterKwh;
    }

    public double sourcePumpMeterKwh() {
        return pumpMeterKwh;
    }

    public double riverVolumeM3() {
        return riverVolumeM3;
    }
}
