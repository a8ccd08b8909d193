/**
 * Street lighting: the lampposts of each city with what they carry and the lamp each replaced,
 * dimming groups by street class and EN 13201 lighting class, their live state on a map, and the
 * REST API. Its parts: {@code inventory} (CSV and GeoJSON, RFC 7946, in and out), {@code schedule}
 * (the astronomical clock, night profiles, overrides, the commands to the lamps), {@code faults}
 * (found in the data, as alarms), {@code workorders} (repairs by maintenance contractors, closed by
 * the data) and {@code energy} (kWh, CO2, cost and savings against the replaced lamps). See
 * docs/lighting.md.
 */
package eu.sharingcities.lighting;
