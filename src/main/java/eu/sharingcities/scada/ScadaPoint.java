package eu.sharingcities.scada;

/**
 * A point of the registry as the SCADA server shows it: under its city, the district its asset's
 * building stands in (null for assets of no building: the weather, a heat pump), and its asset;
 * typed by its unit; writable within [writeMin, writeMax] when its configuration gives write limits
 * (else both null).
 */
record ScadaPoint(int id, String cityCode, String cityName, String district, String code, String asset, String role, String unit,
                  Double writeMin, Double writeMax) {

    /** The simulated and configured controllers write on/off states with the unit "bool". */
    boolean bool() {
        return "bool".equals(unit);
    }

    boolean writable() {
        return writeMin != null && writeMax != null;
    }

    ScadaPoint inDistrict(String name) {
        return new ScadaPoint(id, cityCode, cityName, name, code, asset, role, unit, writeMin, writeMax);
    }

    String assetFolder() {
        return asset.isBlank() ? "(no asset)" : asset;
    }
}
