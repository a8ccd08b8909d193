package eu.sharingcities.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.ZoneId;
import java.util.Locale;

/** A city of the programme. Reference data, kept by the migrations. */
@Entity
@Table(name = "city")
public class City {

    @Id
    private String code;
    private String name;
    private String country;
    private String tier;
    @Column(name = "time_zone")
    private String timeZone;
    private String language;
    @Column(name = "accent_colour")
    private String accentColour;
    private double latitude;
    private double longitude;

    protected City() {
    }

    CityInfo toInfo() {
        return new CityInfo(code, name, country, "LIGHTHOUSE".equals(tier), ZoneId.of(timeZone),
                Locale.of(language, country), accentColour, latitude, longitude);
    }
}
