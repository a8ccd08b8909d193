package eu.sharingcities.lighting.inventory;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingData;
import eu.sharingcities.lighting.LightingGroup;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A city's lampposts and lighting groups: read by anyone who may see the city, the inventory
 * imported by its administrators from CSV or GeoJSON — every lamppost of the file added or changed
 * (by code) in one transaction, or none with every problem said; lampposts the file leaves out stay.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class LightingInventory {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** What an import did. */
    public record Imported(int lamps, int added, int changed) {

        public Message said() {
            return Message.of("lampFile.imported", lamps, added, changed);
        }
    }

    public List<LightingGroup> groups(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> LightingData.groups(db, city));
    }

    public List<Lamppost> lamps(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> LightingData.lamps(db, city));
    }

    public Optional<Lamppost> lamp(String city, String code) {
        return lamps(city).stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The lampposts per city, of the cities the caller may see: the programme's count against its goal. */
    public Map<String, Long> countsPerCity() {
        currentUser.require();
        return jdbc(db -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (var st = db.createStatement(); var rs = st.executeQuery("select city_code, count(*) from lamppost group by city_code")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    public String csv(String city) {
        return InventoryFile.csv(lamps(city));
    }

    public String geoJson(String city) {
        return InventoryFile.geoJson(lamps(city));
    }

    /** Imports a file: GeoJSON when its name ends in .geojson or .json or it starts with '{', CSV otherwise. */
    public Imported importFile(String city, String fileName, String content) {
        currentUser.require(Role.CITY_ADMIN, city);
        return jdbc(db -> {
            Map<String, Long> groups = LightingData.groupIds(db, city);
            Map<String, Long> districts = LightingData.districtIds(db, city);
            InventoryRows.Result read = geoJson(fileName, content)
                    ? InventoryFile.readGeoJson(content, groups.keySet(), districts.keySet())
                    : InventoryFile.readCsv(content, groups.keySet(), districts.keySet());
            List<Message> problems = new ArrayList<>(read.problems());
            Map<String, String> owners = LightingData.assetOwners(db, city);
            List<String> inFile = read.lamps().stream().map(Lamppost::code).toList();
            for (Lamppost lamp : read.lamps()) {
                String owner = lamp.asset() == null ? null : owners.get(lamp.asset());
                if (owner != null && !owner.equals(lamp.code()) && !inFile.contains(owner)) {
                    problems.add(Message.of("lampFile.assetTaken", lamp.asset(), lamp.code(), owner));
                }
            }
            if (!problems.isEmpty()) {
                throw new InventoryRefused(fileName, problems);
            }
            LightingData.releaseAssets(db, city, inFile);
            int added = 0;
            for (Lamppost lamp : read.lamps()) {
                added += LightingData.save(db, city, lamp, groups.get(lamp.group()), lamp.district() == null ? null : districts.get(lamp.district())) ? 1 : 0;
            }
            Imported imported = new Imported(read.lamps().size(), added, read.lamps().size() - added);
            audit.record(city, "lighting.inventory.imported", "lighting/inventory", null,
                    fileName + ": " + imported.lamps() + " lampposts, " + imported.added() + " new, " + imported.changed() + " changed");
            return imported;
        });
    }

    private static boolean geoJson(String fileName, String content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json") || content.stripLeading().startsWith("{");
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
