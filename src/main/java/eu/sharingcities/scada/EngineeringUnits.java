package eu.sharingcities.scada;

import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

import java.util.Map;
import java.util.Optional;

/**
 * The units the platform's points are configured in, as OPC UA EngineeringUnits: UNECE
 * Recommendation 20 common codes, with the UnitId computed from the code as OPC UA Part 8, 5.6.3
 * says (each character's ASCII code shifted in, e.g. "CEL" → 0x43454C).
 */
final class EngineeringUnits {

    static final String UNECE = "http://www.opcfoundation.org/UA/units/un/cefact";

    /** The platform's unit → UNECE common code and its name. */
    private static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("°C", new String[]{"CEL", "degree Celsius"}),
            Map.entry("K", new String[]{"KEL", "kelvin"}),
            Map.entry("W", new String[]{"WTT", "watt"}),
            Map.entry("kW", new String[]{"KWT", "kilowatt"}),
            Map.entry("kWh", new String[]{"KWH", "kilowatt hour"}),
            Map.entry("MWh", new String[]{"MWH", "megawatt hour"}),
            Map.entry("m³", new String[]{"MTQ", "cubic metre"}),
            Map.entry("m³/h", new String[]{"MQH", "cubic metre per hour"}),
            Map.entry("%", new String[]{"P1", "percent"}),
            Map.entry("1", new String[]{"C62", "one"}),
            Map.entry("lx", new String[]{"LUX", "lux"}),
            Map.entry("V", new String[]{"VLT", "volt"}),
            Map.entry("A", new String[]{"AMP", "ampere"}),
            Map.entry("Pa", new String[]{"PAL", "pascal"}));

    private EngineeringUnits() {
    }

    static Optional<EUInformation> of(String unit) {
        String[] code = CODES.get(unit);
        return code == null ? Optional.empty()
                : Optional.of(new EUInformation(UNECE, unitId(code[0]), LocalizedText.english(unit), LocalizedText.english(code[1])));
    }

    static int unitId(String commonCode) {
        int id = 0;
        for (char c : commonCode.toCharArray()) {
            id = id << 8 | c;
        }
        return id;
    }
}
