package eu.sharingcities.heatpump;

/**
 * A heat pump of a city, its measures at {@code <city>.heatpump.<code>.*}, the dwellings it serves,
 * and its river licence (null limits: none recorded).
 */
public record HeatPump(long id, String cityCode, String code, String name, int dwellings, String licenceReference,
                       Double maxAbstractionM3PerDay, Double maxDischargeDeltaK) {

    String pointCode(String measure) {
        return cityCode + ".heatpump." + code + "." + measure;
    }
}
