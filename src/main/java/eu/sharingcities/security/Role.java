package eu.sharingcities.security;

/**
 * What a user may do in a city. The first four are ranked: a higher one may do all a lower one may.
 * Partner, citizen and scada stand apart and grant nothing in the municipal portal.
 */
public enum Role {
    VIEWER(1), OPERATOR(2), CITY_ADMIN(3), CONSORTIUM_ADMIN(4), PARTNER(0), CITIZEN(0), SCADA(0);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    /** True when this role may do what {@code required} may (viewer &lt; operator &lt; city-admin &lt; consortium-admin). */
    public boolean includes(Role required) {
        return this == required || (rank > 0 && required.rank > 0 && rank >= required.rank);
    }

    /** The name used as a Jakarta Security group, e.g. {@code city-admin}. */
    public String groupName() {
        return name().toLowerCase().replace('_', '-');
    }
}
