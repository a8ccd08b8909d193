package eu.sharingcities.scada;

import eu.sharingcities.buildings.AssetBuildings;
import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.text.Message;

import java.util.Locale;

/**
 * A point of the registry as the SCADA server shows it: under its city, the district its asset's
 * building stands in (none for assets of no building: the weather, a heat pump), and its asset;
 * typed by its unit; writable within [writeMin, writeMax] when its configuration gives write limits
 * (else both null).
 */
record ScadaPoint(int id, City city, AssetBuildings.Building building, String code, String asset, String role, String unit,
                  Double writeMin, Double writeMax) {

    /** A city as its folder shows it: its name, and the language its display names are in. */
    record City(String code, String name, Locale locale) {
    }

    String cityCode() {
        return city.code();
    }

    /** The simulated and configured controllers write on/off states with the unit "bool". */
    boolean bool() {
        return "bool".equals(unit);
    }

    boolean writable() {
        return writeMin != null && writeMax != null;
    }

    ScadaPoint in(AssetBuildings.Building assetsBuilding) {
        return new ScadaPoint(id, city, assetsBuilding, code, asset, role, unit, writeMin, writeMax);
    }

    String district() {
        return building == null ? null : building.district();
    }

    /** The asset's folder, by its code (browse names stay codes: clients build paths with them). */
    String assetFolder() {
        return asset.isBlank() ? "(no asset)" : asset;
    }

    /** What the asset's folder is called: its building's name, or its code. */
    String assetDisplayName() {
        return building == null ? assetFolder() : building.name();
    }

    /** What the point is called in the city's language: what it measures (its role), or its code when it has no role. */
    String displayName() {
        return PointRole.of(role == null ? "" : role).map(r -> Message.of("point.role." + r.name()).in(city.locale())).orElse(code);
    }
}
