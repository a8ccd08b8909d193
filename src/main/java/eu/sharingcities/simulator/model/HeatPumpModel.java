package eu.sharingcities.simulator.model;

import java.time.Duration;

/**
 * A water-source heat pump that draws heat from a river and serves a district's heat demand.
 * COP follows the Carnot limit between river and supply temperature times an efficiency of 0.5
 * (typical of large water-source machines); the river flow is what carries the heat taken at a
 * 3 K temperature drop. Units: kW, kWh, °C, m³/h.
 */
public final class HeatPumpModel {

    private static final double CARNOT_EFFICIENCY = 0.5;
    private static final double RIVER_DELTA_K = 3.0;
    private static final double WATER_KWH_PER_M3_K = 1.163;

    private final double capacityKw;
    private final double supplyC;
    private double heatKw;
    private double electricKw;
    private double riverC;
    private double heatMeterKwh;
    private double electricityMeterKwh;

    public HeatPumpModel(double capacityKw, double supplyC) {
        this.capacityKw = capacityKw;
        this.supplyC = supplyC;
    }

    public void step(Duration dt, double riverC, double demandKw) {
        this.riverC = riverC;
        heatKw = Math.max(0, Math.min(capacityKw, demandKw));
        electricKw = heatKw / cop();
        double hours = dt.toMillis() / 3_600_000.0;
        heatMeterKwh += heatKw * hours;
        electricityMeterKwh += electricKw * hours;
    }

    public double cop() {
        double supplyK = supplyC + 273.15;
        return CARNOT_EFFICIENCY * supplyK / Math.max(supplyC - riverC, 5);
    }

    /** River water flow through the evaporator: the heat taken from it at a 3 K drop. */
    public double riverFlowM3PerHour() {
        return (heatKw - electricKw) / (WATER_KWH_PER_M3_K * RIVER_DELTA_K);
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

    public double dischargeC() {
        return riverC - RIVER_DELTA_K;
    }

    public double heatMeterKwh() {
        return heatMeterKwh;
    }

    public double electricityMeterKwh() {
        return electricityMeterKwh;
    }
}
