package eu.sharingcities.buildings;

import eu.sharingcities.buildings.mv.BaselineModel;
import eu.sharingcities.buildings.mv.FitStatistics;
import eu.sharingcities.buildings.mv.Observation;
import eu.sharingcities.buildings.mv.SavingsReport;
import eu.sharingcities.text.Message;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything an outsider needs to reproduce a building's IPMVP Option C result: per meter the
 * CalTRACK model (kind, balance points, coefficients with p-values, n and p), Guideline 14's fit
 * statistics, adjusted baseline and reporting energy, the savings with their uncertainty at 90 %
 * (and 68 %) confidence, the normalised annual consumption and its weather, and the data used
 * (each observation's days, energy and mean temperature); per carrier the savings with the CO2
 * and money they stand for. Kilowatt-hours of different carriers are never added without saying
 * so: {@code deliveredEnergy} adds them as metered and is labelled that way.
 */
public record BuildingDetail(String code, String name, String use, double floorAreaM2, Retrofit retrofit, String result, List<Message> problems,
                             List<MeterDetail> meters, List<CarrierSavings> byCarrier, Optional<DeliveredEnergy> deliveredEnergy) {

    public record Retrofit(String name, String depth, LocalDate baselineStart, LocalDate installationStart, LocalDate reportingStart,
                           LocalDate reportingEnd, List<RetrofitMeasure> measures) {
    }

    public record Model(String kind, double intercept, double heatingSlope, Double heatingBalancePointC, Double heatingSlopePValue,
                        double coolingSlope, Double coolingBalancePointC, Double coolingSlopePValue, int n, int parameters) {
    }

    /** ASHRAE Guideline 14's measures, on the energy of each observation (see docs/buildings-mv.md). */
    public record Statistics(double rSquared, double adjustedRSquared, double cvRmsePercent, double nmbePercent, double lag1Autocorrelation) {
    }

    public record Uncertainty(double confidence, double fractional, double kwh) {
    }

    /** One observation as the model used it: a day or a billing period. */
    public record DataPoint(LocalDate start, int days, double kwh, double meanTemperatureC) {
    }

    public record MeterDetail(long id, String name, String carrier, String frequency, Model model, Statistics statistics, Double adjustedBaselineKwh,
                              Double reportingKwh, Double avoidedKwh, Double savingsPercent, List<Uncertainty> uncertainty,
                              Double normalisedAnnualKwh, String normalYearBasis, List<Message> guideline14Misses, List<Message> warnings,
                              List<Message> problems, List<String> leftOut, List<DataPoint> baselineData, List<DataPoint> reportingData) {
    }

    /** A carrier's savings with the factor of the year the reporting period ends (or the latest before it). */
    public record CarrierSavings(String carrier, double adjustedBaselineKwh, double reportingKwh, double avoidedKwh, double savingsPercent,
                                 double avoidedUncertaintyKwh90, Integer factorYear, Double kgCo2PerKwh, Double avoidedCo2Kg, Double eurPerKwh,
                                 Double savedEur) {
    }

    /** All carriers added as metered (delivered energy, no primary-energy weighting). */
    public record DeliveredEnergy(String note, double adjustedBaselineKwh, double reportingKwh, double avoidedKwh, double savingsPercent,
                                  double avoidedUncertaintyKwh90) {
    }

    public static BuildingDetail of(BuildingOverview overview, List<EnergyFactor> factors) {
        Building b = overview.building();
        Optional<BuildingResult> result = overview.result();
        Retrofit retrofit = overview.retrofit().map(p -> new Retrofit(p.name(), p.depth(), p.baselineStart(), p.installationStart(),
                p.reportingStart(), p.reportingEnd(), p.measures())).orElse(null);
        List<MeterDetail> meters = result.map(r -> r.meters().stream().map(BuildingDetail::meter).toList()).orElse(List.of());
        List<CarrierSavings> byCarrier = byCarrier(overview, factors);
        Optional<DeliveredEnergy> delivered = result.flatMap(BuildingResult::totals).map(t -> new DeliveredEnergy(
                "all carriers added as metered kWh (delivered energy); see byCarrier for each carrier", t.adjustedBaselineKwh(), t.reportingKwh(),
                t.avoidedKwh(), t.savingsPercent(), t.avoidedUncertaintyKwh90()));
        return new BuildingDetail(b.code(), b.name(), b.use(), b.floorAreaM2(), retrofit, overview.status().name(),
                result.map(BuildingResult::problems).orElse(List.of()), meters, byCarrier, delivered);
    }

    /** Each carrier's savings with their CO2 and money, at the city's factor for the year the reporting ends (empty: not measured). */
    public static List<CarrierSavings> byCarrier(BuildingOverview overview, List<EnergyFactor> factors) {
        return overview.result().map(r -> r.byCarrier().stream().map(c -> carrier(c, overview.building().cityCode(),
                r.project().reportingEndOr(LocalDate.now()).getYear(), factors)).toList()).orElse(List.of());
    }

    private static MeterDetail meter(BuildingResult.MeterResult m) {
        Optional<SavingsReport> report = m.report();
        List<Message> problems = m.outcome() instanceof eu.sharingcities.buildings.mv.MeasurementAndVerification.Insufficient i ? i.reasons() : List.of();
        return new MeterDetail(m.meter().id(), m.meter().name(), m.meter().carrier().name(), report.map(r -> r.frequency().name()).orElse(null),
                report.map(r -> model(r.model())).orElse(null), report.map(r -> statistics(r.model().statistics())).orElse(null),
                report.map(SavingsReport::adjustedBaselineKwh).orElse(null), report.map(SavingsReport::reportingKwh).orElse(null),
                report.map(SavingsReport::avoidedKwh).orElse(null), report.map(SavingsReport::savingsPercent).orElse(null),
                report.map(r -> List.of(new Uncertainty(0.90, r.fractionalUncertainty90(), r.avoidedUncertaintyKwh90()),
                        new Uncertainty(0.68, r.fractionalUncertainty68(), Math.abs(r.fractionalUncertainty68() * r.avoidedKwh())))).orElse(List.of()),
                report.map(SavingsReport::normalisedAnnualKwh).orElse(null), report.map(SavingsReport::normalYearBasis).orElse(null),
                report.map(SavingsReport::guideline14Misses).orElse(List.of()), report.map(SavingsReport::warnings).orElse(List.of()), problems,
                m.leftOut(), data(m.baseline()), data(m.reporting()));
    }

    private static Model model(BaselineModel m) {
        return new Model(m.kind().name(), m.intercept(), m.heatingSlope(), m.heatingSlope() == 0 ? null : m.heatingBalancePointC(),
                nanToNull(m.heatingSlopePValue()), m.coolingSlope(), m.coolingSlope() == 0 ? null : m.coolingBalancePointC(),
                nanToNull(m.coolingSlopePValue()), m.statistics().n(), m.statistics().parameters());
    }

    private static Statistics statistics(FitStatistics s) {
        return new Statistics(s.rSquared(), s.adjustedRSquared(), s.cvRmsePercent(), s.nmbePercent(), s.lag1Autocorrelation());
    }

    private static List<DataPoint> data(List<Observation> observations) {
        return observations.stream().map(o -> new DataPoint(o.start(), o.days(), o.energyKwh(),
                Arrays.stream(o.dailyMeanTemperaturesC()).filter(t -> !Double.isNaN(t)).average().orElse(Double.NaN))).toList();
    }

    private static CarrierSavings carrier(BuildingResult.CarrierTotals c, String city, int year, List<EnergyFactor> factors) {
        Optional<EnergyFactor> f = EnergyFactor.forYear(factors, city, c.carrier(), year);
        return new CarrierSavings(c.carrier().name(), c.adjustedBaselineKwh(), c.reportingKwh(), c.avoidedKwh(), c.savingsPercent(),
                c.avoidedUncertaintyKwh90(), f.map(EnergyFactor::year).orElse(null), f.map(EnergyFactor::kgCo2PerKwh).orElse(null),
                f.map(x -> x.kgCo2PerKwh() * c.avoidedKwh()).orElse(null), f.map(EnergyFactor::eurPerKwh).orElse(null),
                f.map(x -> x.eurPerKwh() * c.avoidedKwh()).orElse(null));
    }

    private static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
