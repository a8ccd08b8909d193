package eu.sharingcities.partners.results;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes a city's replication of a result in the caller's city scope: row-level security lets only that city's people write it (V41). */
@ApplicationScoped
@Transactional
@CityScoped
public class CityReplication {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public void set(long resultId, String city, String status, String note, String by) {
        TransactionJdbc.run(em, db -> {
            ResultData.setInterest(db, resultId, city, status, note, by);
            return null;
        });
    }
}
