package eu.sharingcities.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A role held in one city; a consortium admin's grant has no city because it covers them all. */
@Embeddable
public class CityGrant {

    @Column(name = "city_code")
    private String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    protected CityGrant() {
    }

    private CityGrant(String cityCode, Role role) {
        this.cityCode = cityCode;
        this.role = Objects.requireNonNull(role, "A role is required.");
    }

    public static CityGrant in(String cityCode, Role role) {
        if (role == Role.CONSORTIUM_ADMIN) {
            throw new IllegalArgumentException("consortium-admin covers every city; use CityGrant.consortiumAdmin()");
        }
        return new CityGrant(Objects.requireNonNull(cityCode, "A city is required."), role);
    }

    public static CityGrant consortiumAdmin() {
        return new CityGrant(null, Role.CONSORTIUM_ADMIN);
    }

    public String cityCode() {
        return cityCode;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CityGrant other && Objects.equals(cityCode, other.cityCode) && role == other.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cityCode, role);
    }
}
