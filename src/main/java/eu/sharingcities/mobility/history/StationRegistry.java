package eu.sharingcities.mobility.history;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.mobility.BikeOperator;
import eu.sharingcities.security.CityScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** Registers an operator's stations' points in a transaction of their own, committed before anyone is told of them. */
@ApplicationScoped
@Transactional
@CityScoped
public class StationRegistry {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Map<StationPoints.Key, Integer> register(BikeOperator operator, List<String> stationIds) {
        return TransactionJdbc.run(em, db -> StationPoints.sync(db, operator, stationIds));
    }
}
