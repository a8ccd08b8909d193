package eu.sharingcities.partners;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.NotPermittedException;
import eu.sharingcities.text.PlatformLanguages;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The consortium's competence taxonomy: public, kept by consortium staff. A competence is retired
 * rather than deleted, so the profiles that name it keep their meaning; a retired one is not offered
 * to new profiles.
 */
@ApplicationScoped
@Transactional
public class Competences {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public List<Competence> all() {
        return TransactionJdbc.run(em, PartnerData::competences);
    }

    /** Each competence's name in {@code locale}'s language (English where it has none), by code. */
    public static Map<String, String> names(List<Competence> taxonomy, Locale locale) {
        return taxonomy.stream().collect(Collectors.toMap(Competence::code, c -> c.name(locale)));
    }

    public Map<String, String> names(Locale locale) {
        return names(all(), locale);
    }

    /** Adds a competence or changes its names, place or retirement (consortium staff); a name in every language. */
    public Competence save(Competence competence) {
        if (!currentUser.require().isConsortiumAdmin()) {
            throw new NotPermittedException("Only consortium staff keep the competence taxonomy.");
        }
        if (competence == null || competence.code() == null || !competence.code().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new Refusal("partners.refused.competenceCode", competence == null ? "null" : String.valueOf(competence.code()));
        }
        Map<String, String> names = competence.names() == null ? Map.of() : competence.names();
        for (String language : PlatformLanguages.CODES) {
            String name = names.get(language);
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new Refusal("partners.refused.competenceName", language, String.join(", ", PlatformLanguages.CODES));
            }
        }
        String before = all().stream().filter(c -> c.code().equals(competence.code())).findFirst().map(PartnerData::json).orElse(null);
        TransactionJdbc.run(em, db -> {
            PartnerData.saveCompetence(db, competence);
            return null;
        });
        audit.recordForPartner(null, "partners.competence.saved", "partners/competence/" + competence.code(), before, PartnerData.json(competence));
        return competence;
    }
}
