package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Message;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A YAML mapping read with its line numbers, so every problem can say where it is. Reading a value
 * never throws: a wrong one is recorded in {@link Problems} and a fallback returned, so one pass
 * reports every problem of a file.
 */
final class YamlObject {

    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    YamlObject(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> entries.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple.getValueNode()));
        } else {
            problems.add(node, path, Message.of("config.mapping"));
        }
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    /** Records every key that is not one of {@code known}: usually a typo. */
    void allowOnly(Set<String> known) {
        entries.forEach((key, value) -> {
            if (!known.contains(key)) {
                problems.add(value, path, Message.of("config.key.unknown", key, String.join(", ", known.stream().sorted().toList())));
            }
        });
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<String> text(String key) {
        Node value = entries.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().trim());
        }
        problems.add(value, path + "." + key, Message.of("config.text"));
        return Optional.empty();
    }

    String requiredText(String key, String example) {
        if (!entries.containsKey(key)) {
            problems.add(node, path, Message.of("config.key.missing", key, example));
            return "";
        }
        return text(key).orElse("");
    }

    double number(String key, double fallback) {
        return text(key).map(text -> parse(key, text, Double::parseDouble, "config.number", fallback)).orElse(fallback);
    }

    int integer(String key, int fallback) {
        return text(key).map(text -> parse(key, text, Integer::parseInt, "config.integer", fallback)).orElse(fallback);
    }

    boolean bool(String key, boolean fallback) {
        return text(key).map(text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(key, Message.of("config.boolean", text));
                yield fallback;
            }
        }).orElse(fallback);
    }

    Optional<YamlObject> object(String key) {
        return Optional.ofNullable(entries.get(key)).map(value -> new YamlObject(value, path + "." + key, problems));
    }

    List<YamlObject> list(String key) {
        Node value = entries.get(key);
        List<YamlObject> items = new ArrayList<>();
        if (value == null) {
            problems.add(node, path, Message.of("config.list.missing", key));
        } else if (value instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new YamlObject(sequence.getValue().get(i), path + "." + key + "[" + i + "]", problems));
            }
        } else {
            problems.add(value, path + "." + key, Message.of("config.list"));
        }
        return items;
    }

    /** Records a problem at this key's line (or the mapping's, when the key is absent). */
    void problem(String key, Message message) {
        problems.add(entries.getOrDefault(key, node), path + (key == null ? "" : "." + key), message);
    }

    private <T> T parse(String key, String text, Function<String, T> parser, String whatKey, T fallback) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            problem(key, Message.of(whatKey, text));
            return fallback;
        }
    }
}
