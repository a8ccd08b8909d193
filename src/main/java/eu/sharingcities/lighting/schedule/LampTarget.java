package eu.sharingcities.lighting.schedule;

/**
 * What one lamppost should burn at now and why — its group's schedule, its group's override or its
 * own — with the dimming point it is commanded through (null: no controller point) and the level
 * the controller last reported (null: none).
 */
public record LampTarget(String lamp, String group, String point, String endpoint, int level, Source source, Double reported, Boolean reportedOn) {

    /** Where the level comes from; a lamp's own override wins over its group's, which wins over the schedule. */
    public enum Source {
        SCHEDULE, GROUP_OVERRIDE, LAMP_OVERRIDE
    }

    /**
     * The controller does not report this level (within half a percent), or reports its lamp off when
     * it should burn, or on when it should not: a controller never commanded, or left alone longer
     * than its fallback, follows its photocell at its last level, and only a write takes it back.
     */
    public boolean differs() {
        return reported == null || Math.abs(reported - level) > 0.5 || reportedOn != null && reportedOn != (level > 0);
    }
}
