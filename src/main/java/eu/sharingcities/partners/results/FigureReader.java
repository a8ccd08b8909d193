package eu.sharingcities.partners.results;

import eu.sharingcities.buildings.BuildingResult;
import eu.sharingcities.buildings.Buildings;
import eu.sharingcities.heatpump.HeatPumps;
import eu.sharingcities.heatpump.Performance;
import eu.sharingcities.lighting.energy.EnergyMonth;
import eu.sharingcities.lighting.energy.LightingEnergy;
import eu.sharingcities.mobility.kpi.DayKpis;
import eu.sharingcities.mobility.kpi.MobilityKpis;
import eu.sharingcities.sems.Sems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one figure from the module that measures it, with the computation the city's own page shows
 * and its method, in a transaction of its own: a module that refuses (no such building, no data
 * yet) rolls back only this reading.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FigureReader {

    static final int MOBILITY_DAYS = 30;

    @Inject
    Buildings buildings;

    @Inject
    Sems sems;

    @Inject
    HeatPumps heatPumps;

    @Inject
    LightingEnergy lighting;

    @Inject
    MobilityKpis mobility;

    @Inject
    eu.sharingcities.city.Cities cities;

    public ResultFigure measure(FigureSpec spec, String city) {
        return switch (spec.source()) {
            case BUILDING_SAVINGS -> building(spec, city);
            case DISTRICT_SAVINGS -> district(spec, sems.savings(city));
            case HEAT_PUMP_SPF -> {
                Performance year = heatPumps.overview(city, spec.subject()).lastTwelveMonths();
                yield Double.isNaN(year.spfH2()) ? unavailable(spec, "", "no metered heat or electricity in the last twelve months")
                        : new ResultFigure(spec.label(), year.spfH2(), "", null, "seasonal performance factor, SEPEMO H2, last twelve months",
                        LocalDate.now().toString(), true, null);
            }
            case LIGHTING_GROUP_SAVINGS -> lightingGroup(spec, city);
            case MOBILITY_TRIPS -> mobilityTrips(spec, city);
            case DECLARED -> throw new IllegalStateException("declared figures are not measured");
        };
    }

    /** SEMS's saving as of the last day it measured, its reporting period in the method (IPMVP asks for both). */
    static ResultFigure district(FigureSpec spec, Sems.Savings s) {
        if (s.savingsPercent() == null) {
            return unavailable(spec, "%", String.join("; ", s.reasons().stream().map(r -> r.english()).toList()));
        }
        return new ResultFigure(spec.label(), s.savingsPercent(), "%", s.uncertaintyPercent90(),
                "SEMS district savings, IPMVP option C with a weather-adjusted baseline (90 % interval), over " + s.reportingPeriod().english(),
                s.reportingEnd().toString(), true, null);
    }

    private ResultFigure building(FigureSpec spec, String city) {
        Optional<BuildingResult.Totals> totals = buildings.overview(city, spec.subject()).flatMap(b -> b.result()).flatMap(BuildingResult::totals);
        if (totals.isEmpty()) {
            return unavailable(spec, "%", "building " + spec.subject() + " has no measured savings yet");
        }
        BuildingResult.Totals t = totals.get();
        double uncertainty = Math.abs(t.savingsPercent()) * t.fractionalUncertainty90();
        return new ResultFigure(spec.label(), t.savingsPercent(), "%", Double.isNaN(uncertainty) ? null : uncertainty,
                "measured savings, IPMVP option C with ASHRAE Guideline 14 uncertainty (90 % interval)", LocalDate.now().minusDays(1).toString(),
                true, null);
    }

    private ResultFigure mobilityTrips(FigureSpec spec, String city) {
        LocalDate today = LocalDate.now(cities.find(city).orElseThrow().zone());
        return trips(spec, mobility.days(city, today.minusDays(MOBILITY_DAYS - 1L), today), today);
    }

    /** The trips of {@code days} (the city's and its districts' KPIs of the last {@value #MOBILITY_DAYS} days to {@code today}). */
    static ResultFigure trips(FigureSpec spec, List<DayKpis> days, LocalDate today) {
        List<DayKpis> wholeCity = days.stream().filter(d -> d.district() == null).toList();
        // a day nothing was known of counts no trips, so the figure says over how many days it was measured
        long known = wholeCity.stream().filter(d -> d.operatorTrips() || d.knownStationHours() > 0).count();
        if (known == 0) {
            return unavailable(spec, ResultFigure.TRIPS, "no station readings or trip exports in the last " + MOBILITY_DAYS + " days");
        }
        long trips = wholeCity.stream().mapToLong(DayKpis::trips).sum();
        return new ResultFigure(spec.label(), (double) trips, ResultFigure.TRIPS, null,
                "shared e-bike trips over the last " + MOBILITY_DAYS + " days"
                + (known < MOBILITY_DAYS ? " (known on " + known + " of them)" : "") + ": the operators' exported trips, else derived from the stations' readings",
                today.toString(), true, null);
    }

    private ResultFigure lightingGroup(FigureSpec spec, String city) {
        List<EnergyMonth> months = lighting.report(city, 12).groups().get(spec.subject());
        if (months == null || months.isEmpty()) {
            return unavailable(spec, "%", "lighting group " + spec.subject() + " has no energy yet");
        }
        EnergyMonth year = LightingEnergy.total(months);
        if (year.baselineKwh() <= 0) {
            return unavailable(spec, "%", "lighting group " + spec.subject() + " has no replaced lamps to compare with");
        }
        return new ResultFigure(spec.label(), 100 * (1 - year.kwh() / year.baselineKwh()), "%", null,
                "energy saved against the lamps replaced, last twelve months (metered, estimated where unmetered)", months.getLast().month().toString(),
                true, null);
    }

    static ResultFigure unavailable(FigureSpec spec, String unit, String why) {
        return new ResultFigure(spec.label(), null, unit, null, null, null, true, why);
    }

    static String unit(FigureSource source) {
        return switch (source) {
            case MOBILITY_TRIPS -> ResultFigure.TRIPS;
            case HEAT_PUMP_SPF, DECLARED -> "";
            default -> "%";
        };
    }
}
