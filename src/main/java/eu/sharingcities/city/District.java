package eu.sharingcities.city;

import eu.sharingcities.text.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A smart district of a city, where the programme's solutions are deployed. */
@Entity
@Table(name = "district")
public class District {

    public static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "city_code", nullable = false, updatable = false)
    private String cityCode;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    private double latitude;
    private double longitude;

    @Version
    private long version;

    protected District() {
    }

    /** Replaces the public description; rejects empty or overlong text with the limit in the message. */
    public void describe(String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal("district.refused.empty");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new Refusal("district.refused.long", text.length(), MAX_DESCRIPTION);

        }
        this.description = text.strip();
    }

    public String cityCode() {
        return cityCode;
    }

    public String description() {
        return description;
    }

    DistrictInfo toInfo() {
        return new DistrictInfo(id, cityCode, name, description, latitude, longitude);
    }
}
