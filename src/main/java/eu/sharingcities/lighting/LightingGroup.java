package eu.sharingcities.lighting;

import eu.sharingcities.lighting.schedule.NightSchedule;

/**
 * Lamps switched and dimmed together: their street class, EN 13201-2 lighting class, night
 * schedule and the hours a repair may take on their streets (the work orders' SLA).
 */
public record LightingGroup(String code, String name, StreetClass streetClass, String lightingClass, NightSchedule schedule, int repairHours) {

    /** The use of a group's streets (EN 13201-1 selects the lighting class from it). */
    public enum StreetClass {
        MAIN_ROAD, RESIDENTIAL, PEDESTRIAN, CONFLICT_AREA, CYCLE_PATH;

        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static StreetClass of(String written) {
            return valueOf(written.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
