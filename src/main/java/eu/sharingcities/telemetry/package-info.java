/**
 * Points and their readings as the portal and the modules read them: the newest value with its
 * quality and age, series served from the right rollup for the range, raw values as CSV.
 */
package eu.sharingcities.telemetry;
