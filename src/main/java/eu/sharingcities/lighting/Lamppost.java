package eu.sharingcities.lighting;

import java.time.LocalDate;
import java.util.Set;

/**
 * A lamppost as the city's inventory knows it: where it stands, its group, the cabinet and circuit
 * that feed it, its controller and the controller asset its points belong to (null: not connected),
 * its luminaire (rated W, lumen), the lamp it replaced (the savings' baseline), when it was
 * installed and what else it carries. {@code district} is the district's name, or null.
 */
public record Lamppost(String code, String group, double latitude, double longitude, String street, String district,
                       String cabinet, String circuit, String controller, String asset, String luminaire, double ratedW,
                       Integer lumen, String replacedLamp, Double replacedW, LocalDate installedOn, Set<Equipment> equipment) {

    public Lamppost {
        equipment = Set.copyOf(equipment);
    }
}
