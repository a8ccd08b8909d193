package eu.sharingcities.mobility;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.mobility.feeds.GbfsData;
import eu.sharingcities.mobility.gbfs.CityFeedSource;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A city's bike-share operators, stations and vehicles: its staff see them, its administrators add an
 * operator's feed or change it (checked, audited), and the platform's poller ({@link BikeFeedPoller})
 * writes what the feeds say.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class BikeShare {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** What an administrator says of an operator. */
    public record OperatorChange(String name, String discoveryUrl, String language, Boolean enabled) {
    }

    public List<BikeOperator> operators(String city) {
        currentUser.require(Role.VIEWER, city);
        return TransactionJdbc.run(em, db -> MobilityData.operators(db, city));
    }

    public List<BikeStation> stations(String city) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        return TransactionJdbc.run(em, db -> MobilityData.stations(db, city));
    }

    public List<BikeVehicle> vehicles(String city) {
        currentUser.require(Role.VIEWER, city);
        return TransactionJdbc.run(em, db -> MobilityData.vehicles(db, city));
    }

    /** Adds operator {@code code} or changes it; every value checked before anything is stored. */
    public BikeOperator save(String city, String code, OperatorChange change) {
        currentUser.require(Role.CITY_ADMIN, city);
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new Refusal("bikeOperator.refused.code", String.valueOf(code));
        }
        if (change == null || change.name() == null || change.name().isBlank() || change.name().length() > 200) {
            throw new Refusal("bikeOperator.refused.name");
        }
        String url = change.discoveryUrl() == null ? "" : change.discoveryUrl().trim();
        if (!url.matches("https?://.+") || !absolute(url)) {
            throw new Refusal("bikeOperator.refused.url", url);
        }
        String language = change.language() == null ? "en" : change.language().trim().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2}")) {
            throw new Refusal("bikeOperator.refused.language", language);
        }
        boolean enabled = change.enabled() == null || change.enabled();
        List<BikeOperator> before = TransactionJdbc.run(em, db -> MobilityData.operators(db, city));
        TransactionJdbc.run(em, db -> {
            MobilityData.saveOperator(db, city, code, change.name().trim(), url, language, enabled);
            return null;
        });
        String was = before.stream().filter(o -> o.code().equals(code)).findFirst().map(BikeShare::said).orElse(null);
        BikeOperator now = TransactionJdbc.run(em, db -> MobilityData.operators(db, city)).stream().filter(o -> o.code().equals(code))
                .findFirst().orElseThrow();
        audit.record(city, "mobility.operator.saved", "mobility/operator/" + code, was, said(now));
        return now;
    }

    /** For the poller (as the platform itself): every city's operators whose feeds are read. */
    List<BikeOperator> enabledOperators() {
        return TransactionJdbc.run(em, MobilityData::enabledOperators);
    }

    /** For the poller: what an operator's feed says now; stations, vehicles and each catalogue list only when given. */
    void store(BikeOperator operator, List<GbfsData.Station> stations, List<GbfsData.Vehicle> vehicles, Map<String, JsonArray> catalogue) {
        TransactionJdbc.run(em, db -> {
            if (stations != null) {
                MobilityData.replaceStations(db, operator, stations);
            }
            if (vehicles != null) {
                MobilityData.replaceVehicles(db, operator, vehicles);
            }
            for (Map.Entry<String, JsonArray> list : catalogue.entrySet()) {
                MobilityData.saveCatalogue(db, operator.id(), list.getKey(), list.getValue());
            }
            return null;
        });
    }

    /** What the city publishes to everyone (its GBFS feed): its operators' catalogues, stations and vehicles; the platform's own read. */
    public CityFeedSource published(String city) {
        if (!CurrentUser.isSystem()) {
            throw new IllegalStateException("the public feed reads as the platform itself");
        }
        return TransactionJdbc.run(em, db -> new CityFeedSource(MobilityData.catalogues(db, city), MobilityData.stations(db, city),
                MobilityData.vehicles(db, city)));
    }

    private static boolean absolute(String url) {
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String said(BikeOperator o) {
        return o.name() + ", " + o.discoveryUrl() + " (" + o.language() + (o.enabled() ? "" : ", not read") + ")";
    }
}
