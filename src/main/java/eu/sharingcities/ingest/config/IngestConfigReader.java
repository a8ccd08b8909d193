package eu.sharingcities.ingest.config;

import eu.sharingcities.telemetry.PointRole;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one opcua-config/&lt;city&gt;.yaml (or .json: JSON is YAML) and checks everything in it.
 * Every problem is reported with its line and what to write instead; a file with any problem
 * yields no endpoints.
 */
public final class IngestConfigReader {

    static final int MIN_SAMPLING_MS = 10;
    static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

    public CityIngestConfig read(Path file) {
        String name = file.getFileName().toString();
        try {
            return read(name, Files.readString(file));
        } catch (IOException e) {
            return failed(name, List.of(new ConfigProblem(name, 0, null, Message.of("config.unreadable", String.valueOf(e.getMessage())))));
        }
    }

    public CityIngestConfig read(String fileName, String content) {
        Problems problems = new Problems(fileName);
        Node root;
        try (Reader reader = new StringReader(content)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(MAX_FILE_CODE_POINTS); // tens of thousands of points make files of several MB
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return failed(fileName, List.of(new ConfigProblem(fileName, line, null, Message.of("config.yaml", e.getProblem()))));
        } catch (IOException | YAMLException e) {
            return failed(fileName, List.of(new ConfigProblem(fileName, 0, null, Message.of("config.unreadable", String.valueOf(e.getMessage())))));
        }
        if (root == null) {
            return failed(fileName, List.of(new ConfigProblem(fileName, 1, null, Message.of("config.empty"))));
        }
        YamlObject top = new YamlObject(root, "file", problems);
        top.allowOnly(Set.of("city", "endpoints"));
        String expectedCity = fileName.replaceFirst("\\.(ya?ml|json)$", "");
        String city = top.requiredText("city", expectedCity);
        if (!city.isEmpty() && !city.equals(expectedCity)) {
            top.problem("city", Message.of("config.city", city, fileName, expectedCity));
        }
        List<EndpointSettings> endpoints = new ArrayList<>();
        Set<String> endpointIds = new HashSet<>();
        Map<String, String> codes = new HashMap<>();
        for (YamlObject endpoint : top.list("endpoints")) {
            EndpointSettings settings = endpoint(endpoint, codes);
            if (!endpointIds.add(settings.id())) {
                endpoint.problem("id", Message.of("config.endpoint.twice", settings.id()));
            }
            endpoints.add(settings);
        }
        List<ConfigProblem> found = problems.all();
        return new CityIngestConfig(expectedCity, fileName, found.isEmpty() ? endpoints : List.of(), found);
    }

    private EndpointSettings endpoint(YamlObject e, Map<String, String> codes) {
        e.allowOnly(Set.of("id", "url", "security", "auth", "publishingIntervalMs", "samplingIntervalMs", "queueSize", "deadband", "points"));
        String id = e.requiredText("id", "bms-1");
        String url = e.requiredText("url", "opc.tcp://10.0.0.5:4840");
        checkUrl(e, url);

        // signed and encrypted unless the file says otherwise (issue 13: the default was None)
        SecurityPolicyName policy = SecurityPolicyName.BASIC256SHA256;
        SecurityModeName mode = SecurityModeName.SIGN_AND_ENCRYPT;
        boolean insecure = false;
        var security = e.object("security");
        if (security.isPresent()) {
            YamlObject s = security.get();
            s.allowOnly(Set.of("policy", "mode", "insecure"));
            policy = parse(s, "policy", SecurityPolicyName::parse, SecurityPolicyName.BASIC256SHA256);
            mode = parse(s, "mode", SecurityModeName::parse, policy == SecurityPolicyName.NONE ? SecurityModeName.NONE : SecurityModeName.SIGN_AND_ENCRYPT);
            insecure = s.bool("insecure", false);
            if ((policy == SecurityPolicyName.NONE) != (mode == SecurityModeName.NONE)) {
                s.problem("mode", policy == SecurityPolicyName.NONE ? Message.of("config.mode.none") : Message.of("config.mode.signed", policy.written()));
            }
            if (policy == SecurityPolicyName.NONE && !insecure) {
                s.problem("policy", Message.of("config.policy.none"));
            }
            if (policy != SecurityPolicyName.NONE && insecure) {
                s.problem("insecure", Message.of("config.insecure"));
            }
        }
        Authentication auth = e.object("auth").map(this::authentication).orElse(new Authentication.Anonymous());
        if (auth instanceof Authentication.Certificate && policy == SecurityPolicyName.NONE) {
            e.problem("auth", Message.of("config.auth.certificate"));
        }
        if (auth instanceof Authentication.UsernamePassword && policy == SecurityPolicyName.NONE && !insecure) {
            e.problem("auth", Message.of("config.auth.clear"));
        }

        int publishing = e.integer("publishingIntervalMs", 1000);
        int sampling = e.integer("samplingIntervalMs", publishing);
        if (publishing < MIN_SAMPLING_MS) {
            e.problem("publishingIntervalMs", Message.of("config.interval", MIN_SAMPLING_MS));
        }
        if (sampling < MIN_SAMPLING_MS) {
            e.problem("samplingIntervalMs", Message.of("config.interval", MIN_SAMPLING_MS));
        }
        // the server queues the samples taken between two publishes; fewer slots lose values
        int samplesPerPublish = (int) Math.ceil(publishing / (double) Math.max(sampling, 1));
        int queueSize = e.integer("queueSize", Math.max(2 * samplesPerPublish, 10));
        if (queueSize <= samplesPerPublish) {
            e.problem("queueSize", Message.of("config.queue", queueSize, samplesPerPublish, samplesPerPublish + 1, 2 * samplesPerPublish));
        }
        double deadband = e.number("deadband", 0);
        if (deadband < 0) {
            e.problem("deadband", Message.of("config.deadband"));
        }

        List<PointBinding> points = new ArrayList<>();
        Set<String> nodes = new HashSet<>();
        for (YamlObject p : e.list("points")) {
            PointBinding point = point(p);
            if (point == null) {
                continue;
            }
            String previous = codes.putIfAbsent(point.code().value(), p.path());
            if (previous != null) {
                p.problem("code", Message.of("config.code.twice", point.code().value(), previous));
            }
            if (!nodes.add(point.node().toString())) {
                p.problem("node", Message.of("config.node.twice", point.node().toString()));
            }
            points.add(point);
        }
        if (points.isEmpty()) {
            e.problem("points", Message.of("config.points.none"));
        }
        return new EndpointSettings(id, url, policy, mode, insecure, auth, Duration.ofMillis(publishing), Duration.ofMillis(sampling),
                queueSize, deadband, points);
    }

    /** Controller passwords come only from variables with this prefix. */
    public static final String PASSWORD_PREFIX = "OPCUA_PASSWORD_";

    private Authentication authentication(YamlObject a) {
        a.allowOnly(Set.of("type", "username", "passwordEnv"));
        String type = a.requiredText("type", "anonymous");
        return switch (type) {
            case "anonymous" -> new Authentication.Anonymous();
            case "certificate" -> new Authentication.Certificate();
            case "username" -> {
                String user = a.requiredText("username", "platform");
                String variable = a.requiredText("passwordEnv", PASSWORD_PREFIX + "MILAN_BMS");
                // only variables meant for controllers: the file must not be able to send DB_PASSWORD to a URL it names
                if (!variable.isEmpty() && !variable.matches(PASSWORD_PREFIX + "[A-Z0-9_]+")) {
                    a.problem("passwordEnv", Message.of("config.passwordEnv", PASSWORD_PREFIX));
                }
                yield new Authentication.UsernamePassword(user, variable);
            }
            default -> {
                a.problem("type", Message.of("config.auth.type", type));
                yield new Authentication.Anonymous();
            }
        };
    }

    private PointBinding point(YamlObject p) {
        p.allowOnly(Set.of("node", "code", "asset", "role", "unit", "scale", "offset", "write"));
        String nodeText = p.requiredText("node", "nsu=urn:vendor:bms;s=AHU1.SupplyTemp");
        String codeText = p.requiredText("code", "milan.b01.supply-temp");
        String unit = p.requiredText("unit", "°C");
        String asset = p.text("asset").orElse("");
        PointRole role = p.text("role").flatMap(written -> role(p, written)).orElse(null);
        double scale = p.number("scale", 1);
        double offset = p.number("offset", 0);
        NodeBinding node = parse(p, "node", NodeBinding::parse, null, nodeText);
        PointCode code = parse(p, "code", PointCode::new, null, codeText);
        if (scale == 0 || !Double.isFinite(scale)) {
            p.problem("scale", Message.of("config.scale"));
            return null;
        }
        WriteLimits write = p.object("write").map(IngestConfigReader::writeLimits).orElse(null);
        return node == null || code == null || unit.isEmpty() ? null : new PointBinding(node, code, asset, role, unit, scale, offset, write);
    }

    private static Optional<PointRole> role(YamlObject p, String written) {
        Optional<PointRole> role = PointRole.of(written);
        if (role.isEmpty()) {
            p.problem("role", Message.of("config.role", written, PointRole.known()));
        }
        return role;
    }

    private static WriteLimits writeLimits(YamlObject w) {
        w.allowOnly(Set.of("min", "max", "maxStep", "minIntervalS"));
        if (!w.has("min") || !w.has("max")) {
            w.problem(null, Message.of("config.write.bounds"));
            return null;
        }
        double min = w.number("min", 0);
        double max = w.number("max", 0);
        try {
            return new WriteLimits(min, max, w.number("maxStep", max - min), Duration.ofSeconds(w.integer("minIntervalS", 0)));
        } catch (IllegalArgumentException e) {
            w.problem(null, Refusal.reasonOf(e));
            return null;
        }
    }

    private static void checkUrl(YamlObject e, String url) {
        if (url.isEmpty()) {
            return;
        }
        try {
            URI uri = URI.create(url);
            if (!"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
                e.problem("url", Message.of("config.url.scheme", url));
            }
        } catch (IllegalArgumentException bad) {
            e.problem("url", Message.of("config.url", url));
        }
    }

    private static <T> T parse(YamlObject o, String key, java.util.function.Function<String, T> parser, T fallback) {
        return o.text(key).map(text -> parse(o, key, parser, fallback, text)).orElse(fallback);
    }

    private static <T> T parse(YamlObject o, String key, java.util.function.Function<String, T> parser, T fallback, String text) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            o.problem(key, Refusal.reasonOf(e));
            return fallback;
        }
    }

    private static CityIngestConfig failed(String fileName, List<ConfigProblem> problems) {
        return new CityIngestConfig(fileName.replaceFirst("\\.(ya?ml|json)$", ""), fileName, List.of(), problems);
    }
}
