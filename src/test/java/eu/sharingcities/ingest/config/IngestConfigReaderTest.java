package eu.sharingcities.ingest.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IngestConfigReaderTest {

    private final IngestConfigReader reader = new IngestConfigReader();

    private static final String GOOD = """
            city: milan
            endpoints:
              - id: bms
                url: opc.tcp://127.0.0.1:4842/milan
                security: {policy: Basic256Sha256, mode: SignAndEncrypt}
                auth: {type: username, username: platform, passwordEnv: OPCUA_PASSWORD_MILAN_BMS}
                publishingIntervalMs: 1000
                samplingIntervalMs: 100
                points:
                  - node: nsu=urn:sharingcities:simulator:milan;s=building/b01/supply-temperature
                    code: milan.b01.supply-temp
                    asset: building/b01
                    unit: °C
                  - node: nsu=urn:sharingcities:simulator:milan;s=building/b01/heat-power
                    code: milan.b01.heat-power
                    unit: kW
                    scale: 0.001
            """;

    @Test
    void aGoodFileGivesItsEndpointsAndPoints() {
        CityIngestConfig config = reader.read("milan.yaml", GOOD);

        assertThat(config.problems()).isEmpty();
        EndpointSettings bms = config.endpoints().getFirst();
        assertThat(bms.policy()).isEqualTo(SecurityPolicyName.BASIC256SHA256);
        assertThat(bms.authentication()).isEqualTo(new Authentication.UsernamePassword("platform", "OPCUA_PASSWORD_MILAN_BMS"));
        assertThat(bms.samplingInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(bms.queueSize()).as("twice the samples per publish by default").isEqualTo(20);
        assertThat(bms.points()).extracting(p -> p.code().value()).containsExactly("milan.b01.supply-temp", "milan.b01.heat-power");
        assertThat(bms.points().get(1).toEngineeringValue(2500)).isEqualTo(2.5);
        assertThat(bms.points().getFirst().node().namespaceUri()).isEqualTo("urn:sharingcities:simulator:milan");
    }

    @Test
    void everyProblemNamesItsLineAndTheFix() {
        String bad = GOOD.replace("samplingIntervalMs: 100", "samplingIntervl: 100\n    queueSize: 5")
                .replace("nsu=urn:sharingcities:simulator:milan;s=building/b01/supply-temperature", "ns=2;s=building/b01/supply-temperature");

        CityIngestConfig config = reader.read("milan.yaml", bad);

        assertThat(config.endpoints()).as("a file with problems starts nothing").isEmpty();
        assertThat(config.problems()).extracting(ConfigProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("milan.yaml:8:").contains("unknown key 'samplingIntervl'").contains("samplingIntervalMs"));
        assertThat(config.problems()).extracting(ConfigProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("milan.yaml:11:").contains("namespace index").contains("nsu=urn:vendor:bms;s=building/b01/supply-temperature"));
    }

    @Test
    void aRoleFromTheVocabularyIsKeptAndAnUnknownOneIsNamedWithItsLineAndTheList() {
        String withRole = GOOD.replace("        asset: building/b01\n", "        asset: building/b01\n        role: Supply_Water_Temperature_Sensor\n");
        CityIngestConfig good = reader.read("milan.yaml", withRole);
        assertThat(good.problems()).isEmpty();
        assertThat(good.endpoints().getFirst().points().getFirst().role()).isEqualTo(eu.sharingcities.telemetry.PointRole.SUPPLY_WATER_TEMPERATURE_SENSOR);
        assertThat(good.endpoints().getFirst().points().get(1).role()).as("no role: stored, used by no module").isNull();

        CityIngestConfig bad = reader.read("milan.yaml", withRole.replace("role: Supply_Water_Temperature_Sensor", "role: SupplyTemp"));
        assertThat(bad.endpoints()).isEmpty();
        assertThat(bad.problems()).extracting(ConfigProblem::toString).singleElement().satisfies(p -> assertThat(p)
                .startsWith("milan.yaml:13:").contains("'SupplyTemp' is not a role").contains("Zone_Air_Temperature_Sensor")
                .contains("Supply_Water_Temperature_Sensor"));
    }

    @Test
    void writeLimitsMakeAPointWritableAndWrongOnesAreNamed() {
        String writable = GOOD.replace("    asset: building/b01\n", "    asset: building/b01\n        write: {min: 16, max: 24, maxStep: 2, minIntervalS: 60}\n");
        PointBinding point = reader.read("milan.yaml", writable).endpoints().getFirst().points().getFirst();
        assertThat(point.write()).isEqualTo(new WriteLimits(16, 24, 2, Duration.ofMinutes(1)));
        assertThat(reader.read("milan.yaml", GOOD).endpoints().getFirst().points().getFirst().write()).as("read only").isNull();

        CityIngestConfig upsideDown = reader.read("milan.yaml", writable.replace("min: 16, max: 24", "min: 24, max: 16"));
        assertThat(upsideDown.problems()).singleElement().hasToString(
                "milan.yaml:13: file.endpoints[0].points[0].write: min must be below max, both finite numbers");
        CityIngestConfig noMax = reader.read("milan.yaml", writable.replace("max: 24, ", ""));
        assertThat(noMax.problems()).singleElement().asString().startsWith("milan.yaml:13: file.endpoints[0].points[0].write: needs both 'min' and 'max'");
    }

    @Test
    void aPointCodeIsUniqueInItsCity() {
        CityIngestConfig config = reader.read("milan.yaml", GOOD.replace("code: milan.b01.heat-power", "code: milan.b01.supply-temp"));

        assertThat(config.problems()).singleElement().hasToString("milan.yaml:15: file.endpoints[0].points[1].code: "
                + "'milan.b01.supply-temp' is already used by file.endpoints[0].points[0]; point codes are unique in a city");
    }

    @Test
    void aQueueTooSmallForTheSamplesPerPublishIsRefused() {
        CityIngestConfig config = reader.read("milan.yaml", GOOD.replace("samplingIntervalMs: 100", "samplingIntervalMs: 100\n    queueSize: 10"));

        assertThat(config.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("cannot hold the 10 samples").contains("set at least 11");
    }

    @Test
    void securityPolicyAndModeMustAgree() {
        CityIngestConfig config = reader.read("milan.yaml", GOOD.replace("mode: SignAndEncrypt", "mode: None"));

        assertThat(config.problems()).singleElement().extracting(ConfigProblem::message).asString().contains("Sign or SignAndEncrypt");
    }

    @Test
    void certificateSignInNeedsASignedEndpoint() {
        String certificate = GOOD.replace("auth: {type: username, username: platform, passwordEnv: OPCUA_PASSWORD_MILAN_BMS}", "auth: {type: certificate}");
        assertThat(reader.read("milan.yaml", certificate).endpoints().getFirst().authentication()).isEqualTo(new Authentication.Certificate());

        CityIngestConfig unsigned = reader.read("milan.yaml", certificate.replace("security: {policy: Basic256Sha256, mode: SignAndEncrypt}",
                "security: {policy: None, mode: None, insecure: true}"));

        assertThat(unsigned.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("certificate sign-in").contains("{policy: Basic256Sha256, mode: SignAndEncrypt}");
    }

    @Test
    void withoutASecurityLineAnEndpointIsSignedAndEncrypted() {
        EndpointSettings bms = reader.read("milan.yaml", GOOD.replace("    security: {policy: Basic256Sha256, mode: SignAndEncrypt}\n", ""))
                .endpoints().getFirst();
        assertThat(bms.policy()).isEqualTo(SecurityPolicyName.BASIC256SHA256);
        assertThat(bms.mode()).isEqualTo(SecurityModeName.SIGN_AND_ENCRYPT);
        assertThat(bms.insecure()).isFalse();
    }

    @Test
    void policyNoneNeedsInsecureTrueAndNeverCarriesAPassword() {
        String none = GOOD.replace("security: {policy: Basic256Sha256, mode: SignAndEncrypt}", "security: {policy: None, mode: None}");
        assertThat(reader.read("milan.yaml", none).problems()).extracting(ConfigProblem::message).anySatisfy(m ->
                assertThat(m.english()).contains("None sends values, commands and passwords in clear").contains("insecure: true"));

        String accepted = none.replace("mode: None}", "mode: None, insecure: true}")
                .replace("auth: {type: username, username: platform, passwordEnv: OPCUA_PASSWORD_MILAN_BMS}", "auth: {type: anonymous}");
        CityIngestConfig config = reader.read("milan.yaml", accepted);
        assertThat(config.problems()).isEmpty();
        assertThat(config.endpoints().getFirst().insecure()).isTrue();

        String passwordInClear = GOOD.replace("security: {policy: Basic256Sha256, mode: SignAndEncrypt}", "security: {policy: None, mode: None}");
        assertThat(reader.read("milan.yaml", passwordInClear).problems()).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m.english()).contains("a password over policy None travels in clear"));
        assertThat(reader.read("milan.yaml", GOOD.replace("mode: SignAndEncrypt}", "mode: SignAndEncrypt, insecure: true}")).problems())
                .extracting(ConfigProblem::message).anySatisfy(m -> assertThat(m.english()).contains("is only for policy None"));
    }

    @Test
    void aPasswordComesOnlyFromAVariableMeantForControllers() {
        CityIngestConfig config = reader.read("milan.yaml", GOOD.replace("passwordEnv: OPCUA_PASSWORD_MILAN_BMS", "passwordEnv: DB_PASSWORD"));

        assertThat(config.endpoints()).isEmpty();
        assertThat(config.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("must start with OPCUA_PASSWORD_").contains("OPCUA_PASSWORD_MILAN_BMS");
    }

    @Test
    void brokenYamlAndAWrongCityAreReportedWithTheirLine() {
        assertThat(reader.read("milan.yaml", "city: milan\nendpoints: [\n").problems())
                .singleElement().satisfies(p -> assertThat(p.message().english()).startsWith("not valid YAML"));
        assertThat(reader.read("london.yaml", GOOD).problems())
                .singleElement().hasToString("london.yaml:1: file.city: says 'milan' but the file is london.yaml; name the file milan.yaml or write city: london");
    }

    @Test
    void jsonFilesAreReadToo() {
        String json = """
                {"city": "lisbon", "endpoints": [{"id": "lighting", "url": "opc.tcp://127.0.0.1:4843",
                  "points": [{"node": "nsu=urn:x;i=42", "code": "lisbon.lamp-1.dim", "unit": "%"}]}]}""";

        CityIngestConfig config = reader.read("lisbon.json", json);

        assertThat(config.problems()).isEmpty();
        assertThat(config.pointCount()).isEqualTo(1);
        assertThat(config.endpoints().getFirst().points().getFirst().node().identifierType()).isEqualTo('i');
    }
}
