package eu.sharingcities.scada;

/** A point of the registry as the SCADA server shows it: under its city and asset, typed by its unit. */
record ScadaPoint(int id, String cityCode, String cityName, String code, String asset, String role, String unit) {

    /** The simulated and configured controllers write on/off states with the unit "bool". */
    boolean bool() {
        return "bool".equals(unit);
    }

    String assetFolder() {
        return asset.isBlank() ? "(no asset)" : asset;
    }
}
