/**
 * Cities (the tenants: London, Milan, Lisbon, Bordeaux, Burgas, Warsaw) and their smart districts.
 * Each city has its time zone, default language and accent colour.
 */
package eu.sharingcities.city;
