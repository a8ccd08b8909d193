package eu.sharingcities.lighting.energy;

import eu.sharingcities.buildings.Carrier;
import eu.sharingcities.buildings.EnergyFactor;
import eu.sharingcities.buildings.EnergyFactors;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingData;
import eu.sharingcities.lighting.LightingGroup;
import eu.sharingcities.lighting.schedule.SolarClock;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Street lighting's energy and savings per month, for the city, each group and each district, and
 * the months since the lampposts were installed. A lamp's day is measured when its energy meter has
 * that day's and the day before's readings (the counter's increase); any other day is estimated as
 * its rated power × its group's schedule for the night that begins that evening, with the profile
 * as it is today. The baseline is the replaced lamp's drawn power from sunset to sunrise. CO2 and
 * cost at the city's electricity factors of each month's year (the buildings' energy factors).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingEnergy {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnergyFactors factors;

    /** Per group and month's evening: scheduled and baseline hours, computed once (the profile in the key). */
    private final Map<String, double[]> nightHours = new ConcurrentHashMap<>();

    /** The city's months (oldest first), the same per group and per district, and each lamppost's total over the period. */
    public record Report(List<EnergyMonth> city, Map<String, List<EnergyMonth>> groups, Map<String, List<EnergyMonth>> districts,
                         Map<String, EnergyMonth> lamps) {
    }

    /** The {@code months} last months up to this one, or since the earliest installation when {@code months} is 0. */
    public Report report(String city, int months) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        List<EnergyFactor> all = factors.all();
        return TransactionJdbc.run(em, db -> {
            ZoneId zone = AssetReadings.zone(db, city);
            List<Lamppost> lamps = LightingData.lamps(db, city);
            Map<String, LightingGroup> groups = new LinkedHashMap<>();
            LightingData.groups(db, city).forEach(g -> groups.put(g.code(), g));
            YearMonth last = YearMonth.now(zone);
            YearMonth first = months > 0 ? last.minusMonths(months - 1L) : lamps.stream().map(Lamppost::installedOn).filter(d -> d != null)
                    .min(LocalDate::compareTo).map(YearMonth::from).orElse(last);
            LocalDate from = first.atDay(1);
            Map<String, Map<PointRole, TreeMap<LocalDate, AssetReadings.Day>>> meters = AssetReadings.days(db, city,
                    lamps.stream().map(Lamppost::asset).filter(a -> a != null).toList(), List.of(PointRole.ELECTRICAL_ENERGY_SENSOR),
                    from.minusDays(1).atStartOfDay(zone).toInstant());
            Map<String, SolarClock> clocks = new LinkedHashMap<>();
            for (String g : groups.keySet()) {
                List<Lamppost> members = lamps.stream().filter(l -> l.group().equals(g)).toList();
                if (!members.isEmpty()) {
                    clocks.put(g, new SolarClock(members.stream().mapToDouble(Lamppost::latitude).average().orElseThrow(),
                            members.stream().mapToDouble(Lamppost::longitude).average().orElseThrow(), zone));
                }
            }
            Map<String, Map<YearMonth, EnergyMonth>> byGroup = new TreeMap<>();
            Map<String, Map<YearMonth, EnergyMonth>> byDistrict = new TreeMap<>();
            Map<YearMonth, EnergyMonth> byCity = new TreeMap<>();
            Map<String, EnergyMonth> byLamp = new TreeMap<>();
            LocalDate today = LocalDate.now(zone);
            Map<String, Map<LocalDate, double[]>> hoursByGroup = new LinkedHashMap<>();
            clocks.forEach((g, clock) -> {
                Map<LocalDate, double[]> nights = new java.util.HashMap<>();
                for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
                    nights.put(day, hours(groups.get(g), clock, day));
                }
                hoursByGroup.put(g, nights);
            });
            for (Lamppost lamp : lamps) {
                LightingGroup group = groups.get(lamp.group());
                TreeMap<LocalDate, AssetReadings.Day> meter = lamp.asset() == null ? new TreeMap<>()
                        : meters.getOrDefault(lamp.asset(), Map.of()).getOrDefault(PointRole.ELECTRICAL_ENERGY_SENSOR, new TreeMap<>());
                LocalDate installed = lamp.installedOn() == null ? from : lamp.installedOn();
                for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                    EnergyFactor electricity = EnergyFactor.forYear(all, city, Carrier.ELECTRICITY, month.getYear()).orElse(null);
                    double measured = 0;
                    double estimated = 0;
                    double baseline = 0;
                    for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()) && day.isBefore(today); day = day.plusDays(1)) {
                        if (day.isBefore(installed)) {
                            continue;
                        }
                        double[] hours = hoursByGroup.get(group.code()).get(day);
                        AssetReadings.Day reading = meter.get(day);
                        AssetReadings.Day before = meter.get(day.minusDays(1));
                        if (reading != null && before != null && reading.last() >= before.last()) {
                            measured += reading.last() - before.last();
                        } else {
                            estimated += lamp.ratedW() * hours[0] / 1000;
                        }
                        baseline += (lamp.replacedW() == null ? 0 : lamp.replacedW()) * hours[1] / 1000;
                    }
                    EnergyMonth m = new EnergyMonth(month, measured, estimated, baseline, electricity == null ? 0 : electricity.kgCo2PerKwh(),
                            electricity == null ? 0 : electricity.eurPerKwh());
                    byCity.merge(month, m, EnergyMonth::plus);
                    byGroup.computeIfAbsent(lamp.group(), g -> new TreeMap<>()).merge(month, m, EnergyMonth::plus);
                    byDistrict.computeIfAbsent(lamp.district() == null ? "" : lamp.district(), d -> new TreeMap<>()).merge(month, m, EnergyMonth::plus);
                    byLamp.merge(lamp.code(), m, EnergyMonth::plus);
                }
            }
            return new Report(new ArrayList<>(byCity.values()), lists(byGroup), lists(byDistrict), byLamp);
        });
    }

    /** Scheduled full-power hours and the replaced lamps' hours of the night that begins on {@code evening}. */
    private double[] hours(LightingGroup group, SolarClock clock, LocalDate evening) {
        String key = group.code() + "|" + group.schedule() + "|" + clock + "|" + evening;
        return nightHours.computeIfAbsent(key, k -> new double[]{
                NightHours.scheduled(group.schedule(), clock, evening, evening.plusDays(1)), NightHours.baseline(clock, evening, evening.plusDays(1))});
    }

    private static Map<String, List<EnergyMonth>> lists(Map<String, Map<YearMonth, EnergyMonth>> months) {
        Map<String, List<EnergyMonth>> lists = new LinkedHashMap<>();
        months.forEach((k, v) -> lists.put(k, new ArrayList<>(v.values())));
        return lists;
    }

    /** Sums a run of months into one (the total over a period). */
    public static EnergyMonth total(List<EnergyMonth> months) {
        return months.stream().reduce(EnergyMonth::plus).orElse(null);
    }

}
