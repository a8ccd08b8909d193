package eu.sharingcities.lighting.schedule;

import java.time.Instant;

/** A level set by hand for one lamppost or a whole group until a moment, with who set it and why. */
public record LightingOverride(long id, Target target, String code, int level, Instant until, String reason, String setBy, Instant setAt) {

    /** What an override holds: one lamppost, or every lamppost of a group. */
    public enum Target {
        LAMP, GROUP;

        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
