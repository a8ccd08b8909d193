package eu.sharingcities.simulator;

import eu.sharingcities.telemetry.PointRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the opcua-config file that binds every variable of a simulated city to a point. */
public final class ConfigWriter {

    /** Where the platform finds the simulated controllers' password. */
    public static final String PASSWORD_VARIABLE = eu.sharingcities.ingest.config.IngestConfigReader.PASSWORD_PREFIX + "SIMULATOR";

    private static final String LIGHTING = "lighting/";

    private ConfigWriter() {
    }

    /**
     * What the platform lets operators write: zone setpoints within a comfortable band, at most
     * 2 K at a time, dimming in any step; stricter than the devices' own limits (12–26 °C, 0–100 %).
     */
    static String writeLimits(PointRole role) {
        return role == PointRole.ZONE_AIR_TEMPERATURE_SETPOINT ? "{min: 16, max: 24, maxStep: 2, minIntervalS: 5}"
                : "{min: 0, max: 100, maxStep: 100, minIntervalS: 1}";
    }

    /** The configuration the demo uses: signed and encrypted (the default), the password in OPCUA_PASSWORD_SIMULATOR. */
    public static Path write(CityControllerServer server, Path dir) throws IOException {
        return write(server, dir, "");
    }

    /**
     * Policy None, accepted explicitly: for tests that connect without the platform's certificate.
     * Never what a city should use.
     */
    public static Path writeInsecure(CityControllerServer server, Path dir) throws IOException {
        return write(server, dir, "    security: {policy: None, mode: None, insecure: true}\n");
    }

    private static Path write(CityControllerServer server, Path dir, String security) throws IOException {
        String city = server.namespaceUri().substring(server.namespaceUri().lastIndexOf(':') + 1);
        List<CityNamespace.VariableDescription> lighting = server.variables().stream().filter(v -> v.path().startsWith(LIGHTING)).toList();
        StringBuilder yaml = new StringBuilder()
                .append("# The simulated controllers of ").append(city).append(", written by ./run simulator --write-config.\n")
                .append("# A real city lists its own controllers here: see docs/opcua-config.md.\n")
                .append("city: ").append(city).append('\n')
                .append("endpoints:\n");
        endpoint(yaml, server, city, "simulator", security, "", server.variables().stream().filter(v -> !lighting.contains(v)).toList());
        if (!lighting.isEmpty()) {
            // the street lights' central management system: values that seldom change, counters reported every 0.01 kWh
            endpoint(yaml, server, city, "lighting", security, "    deadband: 0.01\n", lighting);
        }
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(city + ".yaml"), yaml.toString());
    }

    private static void endpoint(StringBuilder yaml, CityControllerServer server, String city, String id, String security, String extra,
                                 List<CityNamespace.VariableDescription> variables) {
        yaml.append("  - id: ").append(id).append('\n')
                .append("    url: ").append(server.endpointUrl()).append('\n')
                .append(security)
                .append("    auth: {type: username, username: platform, passwordEnv: ").append(PASSWORD_VARIABLE).append("}\n")
                .append("    publishingIntervalMs: ").append(Math.max(1000, server.interval().toMillis())).append('\n')
                .append("    samplingIntervalMs: ").append(server.interval().toMillis()).append('\n')
                .append(extra)
                .append("    points:\n");
        for (CityNamespace.VariableDescription v : variables) {
            yaml.append("      - {node: \"nsu=").append(server.namespaceUri()).append(";s=").append(v.path())
                    .append("\", code: ").append(BuildingNaming.pointCode(city, v.path()))
                    .append(", asset: ").append(v.asset())
                    .append(", role: ").append(v.role().written())
                    .append(", unit: \"").append(v.unit()).append('"')
                    .append(v.writable() ? ", write: " + writeLimits(v.role()) : "").append("}\n");
        }
    }
}
