/**
 * Street lighting: the lampposts of each city with what they carry and the lamp each replaced,
 * dimming groups by street class and EN 13201 lighting class, the astronomical clock that turns
 * their profiles into switching times, their live state on a map, and the inventory's CSV and
 * GeoJSON (RFC 7946) import and export. See docs/lighting.md.
 */
package eu.sharingcities.lighting;
