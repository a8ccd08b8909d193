package eu.sharingcities.condominium;

/** A unit of the condominium, its owner, and its share of the building in millesimi (the units add up to 1,000). */
public record Unit(String id, String owner, double millesimi) {

    public Unit {
        if (millesimi <= 0) {
            throw new IllegalArgumentException("unit " + id + ": millesimi must be positive, not " + millesimi);
        }
    }
}
