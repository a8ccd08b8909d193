package eu.sharingcities.heatpump;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.EnergyFactor;
import eu.sharingcities.buildings.EnergyFactors;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static eu.sharingcities.text.FieldCheck.require;

/**
 * A city's heat pumps as their operators need them: live values, COP per day and SPF per month and
 * season (boundaries in {@link Performance#BOUNDARY}), the river licence month by month, and CO2
 * and cost against a gas boiler. City administrators keep the licence and the boiler reference.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class HeatPumps {

    /** How far back the months and the season reach. */
    static final int HISTORY_DAYS = 400;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    EnergyFactors energyFactors;

    public record Overview(HeatPump heatPump, Map<String, Double> live, List<HeatPumpDay> days, List<Performance> months, Performance lastTwelveMonths,
                           List<BoilerComparison.Month> againstBoiler, LicenceCompliance thisMonth, String boundary) {
    }

    /** Where a heat pump stands, for maps. */
    public record Place(String code, String name, double latitude, double longitude) {
    }

    /** The city's heat pumps that have a position. */
    public List<Place> places(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> eu.sharingcities.database.CityRows.of(db, """
                select code, name, latitude, longitude from heat_pump where city_code = ? and latitude is not null order by code""", city,
                rs -> new Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4))));
    }

    public List<HeatPump> heatPumps(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> HeatPumpData.heatPumps(db, city, null));
    }

    public Overview overview(String city, String code) {
        HeatPump hp = heatPump(city, code);
        return jdbc(db -> {
            List<HeatPumpDay> days = HeatPumpData.days(db, hp, Instant.now().minus(HISTORY_DAYS, ChronoUnit.DAYS));
            List<Performance> months = Performance.monthly(days);
            LocalDate yearAgo = LocalDate.now().minusMonths(12);
            Performance season = Performance.of("12 months", days.stream().filter(d -> d.day().isAfter(yearAgo)).toList());
            return new Overview(hp, HeatPumpData.latest(db, hp), days, months, season, BoilerComparison.of(months, factors(city)),
                    LicenceCompliance.of(hp, YearMonth.now(), days), Performance.BOUNDARY);
        });
    }

    /** The heat pump's newest values by measure (heat-output, electric-power, cop, ...). */
    public Map<String, Double> live(String city, String code) {
        HeatPump hp = heatPump(city, code);
        return jdbc(db -> HeatPumpData.latest(db, hp));
    }

    public LicenceCompliance licenceReport(String city, String code, YearMonth month) {
        HeatPump hp = heatPump(city, code);
        return jdbc(db -> LicenceCompliance.of(hp, month, HeatPumpData.days(db, hp, month.atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
    }

    public void setLicence(String city, String code, String reference, Double maxAbstractionM3PerDay, Double maxDischargeDeltaK) {
        currentUser.require(Role.CITY_ADMIN, city);
        HeatPump before = heatPump(city, code);
        require(maxAbstractionM3PerDay == null || maxAbstractionM3PerDay > 0, "maxAbstractionM3PerDay", "the licensed water per day in m³, more than 0");
        require(maxDischargeDeltaK == null || maxDischargeDeltaK > 0, "maxDischargeDeltaK", "the licensed temperature change at discharge in K, more than 0");
        jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    update heat_pump set licence_reference = ?, max_abstraction_m3_per_day = ?, max_discharge_delta_k = ? where id = ?""")) {
                st.setString(1, reference == null ? "" : reference.trim());
                st.setObject(2, maxAbstractionM3PerDay);
                st.setObject(3, maxDischargeDeltaK);
                st.setLong(4, before.id());
                return st.executeUpdate();
            }
        });
        audit.record(city, "heat-pump.licence", "heat-pump/" + code, before.maxAbstractionM3PerDay() + " m³/day, " + before.maxDischargeDeltaK() + " K",
                maxAbstractionM3PerDay + " m³/day, " + maxDischargeDeltaK + " K (" + reference + ")");
    }

    /** The gas boiler's seasonal efficiency per year that the city compares its heat pumps with. */
    public Map<Integer, Double> boilerEfficiencies(String city) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        return jdbc(db -> {
            Map<Integer, Double> efficiencies = new TreeMap<>();
            try (PreparedStatement st = db.prepareStatement("select year, efficiency from boiler_reference where city_code = ?")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        efficiencies.put(rs.getInt(1), rs.getDouble(2));
                    }
                }
            }
            return efficiencies;
        });
    }

    public void setBoilerEfficiency(String city, int year, double efficiency) {
        currentUser.require(Role.CITY_ADMIN, city);
        require(year >= 2000 && year <= 2100, "year", "a year from 2000 to 2100");
        require(efficiency > 0.3 && efficiency <= 1.1, "efficiency", "the boiler's seasonal efficiency as a fraction, e.g. 0.88 (above 0.3, at most 1.1)");
        Double before = boilerEfficiencies(city).get(year);
        jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    insert into boiler_reference (city_code, year, efficiency) values (?, ?, ?)
                    on conflict (city_code, year) do update set efficiency = excluded.efficiency""")) {
                st.setString(1, city);
                st.setInt(2, year);
                st.setDouble(3, efficiency);
                return st.executeUpdate();
            }
        });
        audit.record(city, "boiler-reference.changed", "boiler-reference/" + year, before == null ? null : before.toString(), String.valueOf(efficiency));
    }

    private HeatPump heatPump(String city, String code) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        return jdbc(db -> HeatPumpData.heatPumps(db, city, code)).stream().findFirst()
                .orElseThrow(() -> new NotFound(city + " has no heat pump '" + code + "'."));
    }

    /**
     * A month's factors, each taken for its year as the portfolio takes energy factors: the latest
     * year up to the month's, else the earliest the city has.
     */
    private java.util.function.Function<String, BoilerComparison.Factors> factors(String city) {
        List<EnergyFactor> all = energyFactors.all();
        TreeMap<Integer, Double> efficiencies = new TreeMap<>(boilerEfficiencies(city));
        return month -> {
            int year = YearMonth.parse(month).getYear();
            EnergyFactor gas = factor(all, city, Carrier.GAS, year);
            EnergyFactor electricity = factor(all, city, Carrier.ELECTRICITY, year);
            Map.Entry<Integer, Double> boiler = java.util.Optional.ofNullable(efficiencies.floorEntry(year)).orElse(efficiencies.firstEntry());
            double efficiency = boiler == null ? 0.88 : boiler.getValue();
            return new BoilerComparison.Factors(efficiency, gas.kgCo2PerKwh(), gas.eurPerKwh(), electricity.kgCo2PerKwh(), electricity.eurPerKwh());
        };
    }

    private static EnergyFactor factor(List<EnergyFactor> factors, String city, Carrier carrier, int year) {
        return EnergyFactor.forYear(factors, city, carrier, year)
                .orElseThrow(() -> new Refusal("heatpump.refused.factors"));

    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
