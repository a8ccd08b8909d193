package eu.sharingcities.partners.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.partners.OrganisationProfile;
import eu.sharingcities.partners.PartnerData;
import eu.sharingcities.partners.PartnerType;
import eu.sharingcities.partners.Person;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's ten partner organisations, published: the two ESCos working on Milan's condominiums and
 * London's lighting contractor (the demo accounts of those organisations edit them), and the
 * technology providers, installers, financiers and agencies of the other modules. Added when absent;
 * what a demo partner changed stays.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPartners {

    private static final Logger LOG = Logger.getLogger(DemoPartners.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    static final Map<String, OrganisationProfile> ORGANISATIONS = Map.of(
            "energia-condivisa", profile("Energia Condivisa", PartnerType.ESCO, "IT", List.of("milan"), List.of("esco-epc", "retrofit-design", "financing"),
                    "Energy service company: deep retrofits of Milan's condominiums under shared-savings contracts.",
                    "ESCo: riqualificazioni profonde dei condomini milanesi con contratti a risparmio condiviso.", "Giulia Rossi"),
            "calore-verde", profile("Calore Verde", PartnerType.ESCO, "IT", List.of("milan"), List.of("esco-epc", "heat-pumps"),
                    "ESCo replacing condominium gas boilers with heat pumps, paid from the savings.",
                    "ESCo che sostituisce le caldaie condominiali con pompe di calore, ripagate dai risparmi.", "Marco Bianchi"),
            "lumen-services", profile("Lumen Services", PartnerType.INSTALLER, "GB", List.of("london"), List.of("lighting", "installation"),
                    "Street lighting installation and maintenance for the Royal Borough of Greenwich.", null, "Sarah Collins"),
            "thames-heat", profile("Thames Heat", PartnerType.TECHNOLOGY_PROVIDER, "GB", List.of("london"), List.of("heat-pumps", "district-energy"),
                    "Water-source heat pumps: the Thames heat pump's design and operation.", null, "David Patel"),
            "urban-data-lab", profile("Urban Data Lab", PartnerType.TECHNOLOGY_PROVIDER, "PT", List.of("lisbon", "london", "milan"),
                    List.of("data-platforms"), "The urban data platform's integration with the cities' systems.",
                    null, "Ana Ferreira"),
            "velo-partage", profile("Vélo Partagé", PartnerType.TECHNOLOGY_PROVIDER, "FR", List.of("bordeaux", "milan"), List.of("e-mobility"),
                    "Shared e-bike schemes integrated with public transport.", null, "Julien Martin"),
            "green-city-capital", profile("Green City Capital", PartnerType.FINANCIER, "LU", List.of("milan", "lisbon", "warsaw"), List.of("financing"),
                    "Third-party financing and green bonds for energy efficiency in buildings.", null, "Claire Weber"),
            "lisboa-e-nova", profile("Lisboa E-Nova", PartnerType.PUBLIC_BODY, "PT", List.of("lisbon"), List.of("citizen-engagement", "retrofit-design"),
                    "Lisbon's energy and environment agency: citizens' engagement in retrofits.", null, "Rui Santos"),
            "burgas-energy-agency", profile("Burgas Energy Agency", PartnerType.PUBLIC_BODY, "BG", List.of("burgas"), List.of("citizen-engagement", "lighting"),
                    "Replicating the lighthouse cities' lighting and retrofits in Burgas.", null, "Elena Petrova"),
            "termo-praga", profile("Termo Praga", PartnerType.INSTALLER, "PL", List.of("warsaw"), List.of("installation", "heat-pumps"),
                    "Heat pump and building services installer in Praga-Północ.", null, "Tomasz Nowak"));

    private static OrganisationProfile profile(String name, PartnerType type, String country, List<String> cities, List<String> competences,
                                               String english, String local, String contact) {
        Map<String, String> description = local == null ? Map.of("en", english) : Map.of("en", english, "it", local);
        String mail = contact.toLowerCase().replace(' ', '.') + "@" + name.toLowerCase().replaceAll("[^a-z]+", "-") + ".example";
        return new OrganisationProfile(name, type, "https://" + name.toLowerCase().replaceAll("[^a-z]+", "-") + ".example", description,
                List.of(country), cities, competences, List.of(new Person(contact, "Programme lead", mail, "")));
    }

    @PostConstruct
    void register() {
        if (!demo) {
            return;
        }
        try (Jsonb json = JsonbBuilder.create(); Connection db = database.open(); PreparedStatement st = db.prepareStatement("""
                insert into partner_organisation (code, draft, published, published_at, published_by) values (?, ?::jsonb, ?::jsonb, now(), 'demo')
                on conflict (code) do nothing""")) {
            for (Map.Entry<String, OrganisationProfile> o : ORGANISATIONS.entrySet()) {
                String profile = json.toJson(o.getValue());
                st.setString(1, o.getKey());
                st.setString(2, profile);
                st.setString(3, profile);
                st.addBatch();
            }
            st.executeBatch();
            PartnerData.indexPublished(db);
            LOG.info("demo: " + ORGANISATIONS.size() + " partner organisations");
        } catch (Exception e) {
            LOG.warning("demo partner organisations could not be registered: " + e.getMessage());
        }
    }
}
