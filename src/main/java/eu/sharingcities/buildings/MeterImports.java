package eu.sharingcities.buildings;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.SqlValues;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Imports bills and meter exports into a meter: all rows or, when any is wrong, none (see
 * {@link MeterFile}). A file can be read without storing it first, so a person sees the first rows
 * as read, and the decimal mark taken, before anything is kept.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class MeterImports {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** What a file gives: the periods it would add, the decimal mark taken and its first rows as read. */
    public record Reading(int periods, DecimalMark decimalMark, List<MeterFile.ReadRow> firstRows) {
    }

    /** Reads the file as an import would, storing nothing; throws {@link RefusedFile} as an import would. */
    public Reading preview(long meterId, String fileName, String content, Optional<DecimalMark> decimalMark) {
        MeterFile.Result result = read(meterId, content, decimalMark).result();
        if (!result.accepted()) {
            throw new RefusedFile(fileName, result.problems());
        }
        return new Reading(result.periods().size(), result.decimalMark(), result.firstRows());
    }

    /** Imports the file, or throws {@link RefusedFile} with every problem found; nothing is stored then. */
    public Reading importFile(long meterId, String fileName, String content, Optional<DecimalMark> decimalMark) {
        ReadFile read = read(meterId, content, decimalMark);
        MeterFile.Result result = read.result();
        String city = read.city();
        if (!result.accepted()) {
            throw new RefusedFile(fileName, result.problems());
        }
        long importId = ((Number) em.createNativeQuery("""
                        insert into meter_import (meter_id, city_code, file_name, rows, imported_by) values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, meterId).setParameter(2, city).setParameter(3, fileName).setParameter(4, result.periods().size())
                .setParameter(5, currentUser.username()).getSingleResult()).longValue();
        for (MeterPeriod p : result.periods()) {
            em.createNativeQuery("""
                            insert into meter_period (meter_id, city_code, period_start, period_end, kwh, import_id) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, meterId).setParameter(2, city).setParameter(3, Date.valueOf(p.start())).setParameter(4, Date.valueOf(p.end()))
                    .setParameter(5, p.kwh()).setParameter(6, importId).executeUpdate();
        }
        audit.record(city, "meter.imported", "meter/" + meterId, null,
                fileName + ": " + result.periods().size() + " periods, decimal " + result.decimalMark().name().toLowerCase());
        return new Reading(result.periods().size(), result.decimalMark(), result.firstRows());
    }

    private record ReadFile(String city, MeterFile.Result result) {
    }

    private ReadFile read(long meterId, String content, Optional<DecimalMark> decimalMark) {
        List<Object[]> found = em.createNativeQuery("""
                        select m.city_code, m.kwh_per_unit, c.time_zone, m.name from meter m join city c on c.code = m.city_code where m.id = ?1""")
                .setParameter(1, meterId).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("No meter " + meterId + " in your cities.");
        }
        String city = (String) found.get(0)[0];
        currentUser.require(Role.OPERATOR, city);
        List<Object[]> rows = em.createNativeQuery("select period_start, period_end, kwh from meter_period where meter_id = ?1")
                .setParameter(1, meterId).getResultList();
        List<MeterPeriod> existing = rows.stream()
                .map(r -> new MeterPeriod(SqlValues.date(r[0]), SqlValues.date(r[1]), ((Number) r[2]).doubleValue())).toList();
        MeterFile.Result result = MeterFile.read(content, ((Number) found.get(0)[1]).doubleValue(), existing,
                LocalDate.now(ZoneId.of((String) found.get(0)[2])), decimalMark);
        return new ReadFile(city, result);
    }

    /** A file refused whole, with what is wrong in it. */
    public static final class RefusedFile extends Refusal {

        private final transient List<Message> problems;

        public RefusedFile(String fileName, List<Message> problems) {
            super("meterFile.refused", fileName, List.copyOf(problems));
            this.problems = List.copyOf(problems);

        }

        public List<Message> problems() {

            return problems;
        }
    }
}
