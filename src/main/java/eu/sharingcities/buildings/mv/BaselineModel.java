package eu.sharingcities.buildings.mv;

/**
 * A fitted baseline: usage per day (kWh) = intercept + heating slope · HDD(heating balance point)
 * + cooling slope · CDD(cooling balance point), degree days in kelvin-days per day. Terms the model
 * does not have are zero, and their p-values NaN.
 */
public record BaselineModel(ModelKind kind, double intercept, double heatingSlope, double heatingBalancePointC, double coolingSlope,
                            double coolingBalancePointC, double heatingSlopePValue, double coolingSlopePValue, FitStatistics statistics) {

    /** Energy the building would have used over the observation's days without the retrofit. */
    public double predictedKwh(Observation observation) {
        return predictedPerDay(observation) * observation.days();
    }

    public double predictedPerDay(Observation observation) {
        double perDay = intercept;
        if (heatingSlope != 0) {
            perDay += heatingSlope * observation.heatingDegreeDaysPerDay(heatingBalancePointC);
        }
        if (coolingSlope != 0) {
            perDay += coolingSlope * observation.coolingDegreeDaysPerDay(coolingBalancePointC);
        }
        return perDay;
    }

    /** Usage of one day at this mean outdoor temperature. */
    public double predictedForDay(double meanTemperatureC) {
        return intercept + heatingSlope * Math.max(0, heatingBalancePointC - meanTemperatureC)
                + coolingSlope * Math.max(0, meanTemperatureC - coolingBalancePointC);
    }
}
