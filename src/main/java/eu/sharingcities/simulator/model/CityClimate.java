package eu.sharingcities.simulator.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Outdoor and river temperature of a city over the year and the day, in °C: a seasonal cosine
 * (coldest mid-January), a daily cosine (warmest at 15:00 local time) and deterministic weather
 * noise that changes hourly. Figures are climate normals rounded to the degree.
 */
public record CityClimate(ZoneId zone, double annualMeanC, double seasonalAmplitudeC, double dailyAmplitudeC,
                          double riverMeanC, double riverAmplitudeC, double latitude, double longitude, long seed) {

    public static CityClimate of(String cityCode, long seed) {
        return switch (cityCode) {
            case "london" -> new CityClimate(ZoneId.of("Europe/London"), 11.5, 7.0, 3.5, 13.0, 6.0, 51.49, 0.06, seed);
            case "milan" -> new CityClimate(ZoneId.of("Europe/Rome"), 13.5, 10.5, 4.5, 14.0, 7.0, 45.44, 9.20, seed);
            case "lisbon" -> new CityClimate(ZoneId.of("Europe/Lisbon"), 17.0, 5.5, 4.0, 17.0, 4.0, 38.71, -9.14, seed);
            case "bordeaux" -> new CityClimate(ZoneId.of("Europe/Paris"), 13.5, 7.5, 5.0, 14.5, 6.5, 44.84, -0.56, seed);
            case "burgas" -> new CityClimate(ZoneId.of("Europe/Sofia"), 13.0, 10.5, 4.0, 14.0, 8.0, 42.50, 27.47, seed);
            case "warsaw" -> new CityClimate(ZoneId.of("Europe/Warsaw"), 8.5, 11.0, 4.5, 10.5, 8.5, 52.26, 21.03, seed);
            default -> throw new IllegalArgumentException("no climate for city '" + cityCode + "'");
        };
    }

    public double outdoorC(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        double season = -Math.cos(2 * Math.PI * (local.getDayOfYear() - 15) / 365.25);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double day = Math.cos(2 * Math.PI * (hour - 15) / 24);
        double weather = 2.0 * Noise.gaussian(seed, 1, at.getEpochSecond() / 3600);
        return annualMeanC + seasonalAmplitudeC * season + dailyAmplitudeC * day + weather;
    }

    public double riverC(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        double season = -Math.cos(2 * Math.PI * (local.getDayOfYear() - 30) / 365.25);
        return riverMeanC + riverAmplitudeC * season;
    }

    /** Sun elevation in degrees (NOAA's simplified formula): below -0.833° it is night. */
    public double sunElevationDegrees(Instant at) {
        double days = at.getEpochSecond() / 86400.0 - 10957.5; // days since J2000.0
        double meanLongitude = Math.toRadians((280.460 + 0.9856474 * days) % 360);
        double meanAnomaly = Math.toRadians((357.528 + 0.9856003 * days) % 360);
        double eclipticLongitude = meanLongitude + Math.toRadians(1.915) * Math.sin(meanAnomaly) + Math.toRadians(0.020) * Math.sin(2 * meanAnomaly);
        double obliquity = Math.toRadians(23.439 - 0.0000004 * days);
        double declination = Math.asin(Math.sin(obliquity) * Math.sin(eclipticLongitude));
        double rightAscension = Math.atan2(Math.cos(obliquity) * Math.sin(eclipticLongitude), Math.cos(eclipticLongitude));
        double siderealHours = (18.697374558 + 24.06570982441908 * days) % 24;
        double hourAngle = Math.toRadians(siderealHours * 15 + longitude) - rightAscension;
        double lat = Math.toRadians(latitude);
        return Math.toDegrees(Math.asin(Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle)));
    }
}
