package eu.sharingcities.city;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What the portal needs to know about a city: its names, whether it is a lighthouse, its time zone,
 * its locale (default language and the country for number and date formats), and its colour.
 */
public record CityInfo(String code, String name, String country, boolean lighthouse, ZoneId zone, Locale locale,
                       String accentColour, double latitude, double longitude) {
}
