package eu.sharingcities.partners.ui;

import eu.sharingcities.city.Cities;
import eu.sharingcities.city.CityInfo;

import java.util.List;
import java.util.stream.Collectors;

/** Programme cities by their names (Milano, Lisboa…) where a profile keeps their codes. */
final class CityNames {

    private CityNames() {
    }

    static String of(Cities cities, List<String> codes) {
        List<CityInfo> all = cities.all();
        return codes.stream().map(code -> all.stream().filter(c -> c.code().equals(code)).findFirst().map(CityInfo::name).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
